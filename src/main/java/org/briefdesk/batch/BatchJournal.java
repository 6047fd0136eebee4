package org.briefdesk.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Set;

import org.briefdesk.system.AtomicFiles;
import org.briefdesk.system.BriefdeskException;

/**
 * {@value #FILE} in a batch's output folder: the files a run is about to publish, one path a
 * line, each line on disk before its file gets its name. The manifest is written only at the
 * end, so without the journal a run killed midway would leave files no manifest lists, and
 * the next run would refuse them as someone else's. The journal is removed once the manifest
 * is written; a journal left behind names files an unfinished run wrote, which the next run
 * may replace as it replaces what a manifest lists.
 */
final class BatchJournal implements AutoCloseable {

	static final String FILE = ".briefdesk-batch.journal";

	private final Path file;

	private FileChannel channel;

	private BatchJournal(Path file) {
		this.file = file;
	}

	/** The journal of a run into {@code folder}, which this process has locked. */
	static BatchJournal in(Path folder) {
		return new BatchJournal(folder.resolve(FILE));
	}

	/** Records that {@code path} (relative to the folder; a folder ends in '/') is about to be written. */
	void record(String path) {
		try {
			if (this.channel == null) {
				this.channel = FileChannel.open(this.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
						StandardOpenOption.APPEND);
			}
			ByteBuffer line = ByteBuffer.wrap((path + "\n").getBytes(StandardCharsets.UTF_8));
			while (line.hasRemaining()) {
				this.channel.write(line);
			}
			// on disk before the file it names: a crash never leaves a file the journal lacks
			this.channel.force(false);
		}
		catch (IOException failed) {
			throw new BriefdeskException("could not write " + this.file + ": "
					+ AtomicFiles.why(this.file.getParent(), failed) + "; free some space or write elsewhere with --out", failed);
		}
	}

	/** The run finished and its manifest is written: the journal has nothing left to say. */
	void delete() {
		close();
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ignored) {
			// a leftover journal only names files the manifest lists too
		}
	}

	@Override
	public void close() {
		if (this.channel != null) {
			try {
				this.channel.close();
			}
			catch (IOException ignored) {
				// every line was forced when it was written
			}
			this.channel = null;
		}
	}

	/**
	 * The paths an unfinished run's journal in {@code folder} names, inside the folder; a last
	 * line cut short by the crash is not one.
	 */
	static Set<String> read(Path folder) {
		Path file = folder.resolve(FILE);
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException none) {
			return Set.of();
		}
		catch (IOException unreadable) {
			throw new BriefdeskException(file + " cannot be read (" + unreadable.getMessage()
					+ "); it lists the files of an unfinished `export batch`: remove it, or give another --out");
		}
		Path base = folder.toAbsolutePath().normalize();
		Set<String> paths = new LinkedHashSet<>();
		int end = text.lastIndexOf('\n');
		for (String line : end < 0 ? new String[0] : text.substring(0, end).split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			try {
				Path resolved = base.resolve(line).normalize();
				if (resolved.startsWith(base) && !resolved.equals(base)) {
					paths.add(line);
				}
			}
			catch (java.nio.file.InvalidPathException notAPath) {
				// not a line Briefdesk wrote
			}
		}
		return paths;
	}

}
