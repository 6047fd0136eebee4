package org.briefdesk.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Publishes an output file whole or not at all: the content is written to a temporary file
 * beside the target, forced to disk, then moved into place. An existing file is never replaced unless the
 * caller says so: without {@code overwrite} the file is published with a hard link, which the
 * file system refuses when the target exists (an atomic move would silently replace it).
 */
public final class AtomicFiles {

	/** Writes the content of one output file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicFiles() {
	}

	/**
	 * One line for a write that failed, in words, naming the folder and what to do: the JDK
	 * names only the temporary file when access is denied, and says "No space left on device"
	 * in an exception of its own.
	 */
	static CannotWriteException cannotWrite(Path target, IOException failed) {
		Path folder = target.toAbsolutePath().getParent();
		String why = why(folder, failed);
		boolean ofTheFolder = isOfTheFolder(failed);
		return new CannotWriteException("could not write " + target + ": " + why
				+ (ofTheFolder ? "; " + (isFull(failed) ? "free some space or " : "") + "write elsewhere with --out" : ""),
				failed, ofTheFolder);
	}

	/**
	 * Why a write into {@code folder} failed, in words and without advice: a read-only or
	 * full disk, a folder that is not writable, or what the system said.
	 */
	public static String why(Path folder, IOException failed) {
		if (failed instanceof java.nio.file.AccessDeniedException) {
			return "permission denied in the folder " + folder + " (read-only or not yours)";
		}
		String reason = failed instanceof java.nio.file.FileSystemException system && system.getReason() != null
				? system.getReason() : String.valueOf(failed.getMessage());
		String lower = reason.toLowerCase(java.util.Locale.ROOT);
		if (isFull(failed)) {
			return "the disk is full (" + reason + ") in the folder " + folder;
		}
		if (lower.contains("read-only file system")) {
			return "the folder " + folder + " is on a read-only disk (" + reason + ")";
		}
		return reason;
	}

	/** Whether the failure is the folder's or its disk's (read-only, not writable, full), not one file's. */
	static boolean isOfTheFolder(IOException failed) {
		if (failed instanceof java.nio.file.AccessDeniedException || isFull(failed)) {
			return true;
		}
		return String.valueOf(reasonOf(failed)).toLowerCase(java.util.Locale.ROOT).contains("read-only file system");
	}

	private static boolean isFull(IOException failed) {
		String lower = String.valueOf(reasonOf(failed)).toLowerCase(java.util.Locale.ROOT);
		return lower.contains("no space left") || lower.contains("disk quota");
	}

	private static String reasonOf(IOException failed) {
		return failed instanceof java.nio.file.FileSystemException system && system.getReason() != null
				? system.getReason() : failed.getMessage();
	}

	/** Fails early, before any work is done, when the target exists and may not be replaced. */
	public static void checkWritable(Path target, boolean overwrite) {
		if (!overwrite && Files.exists(target)) {
			throw new BriefdeskException(target + " already exists; use --overwrite to replace it, or --out for another file");
		}
		Path parent = target.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			throw new BriefdeskException("no folder " + parent + " for " + target.getFileName() + "; create it first");
		}
	}

	public static void write(Path target, boolean overwrite, Content content) {
		checkWritable(target, overwrite);
		Path absolute = target.toAbsolutePath();
		Path temporary = null;
		try {
			temporary = newTemporaryFile(absolute);
			try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temporary,
					java.nio.file.StandardOpenOption.WRITE);
					OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 65536)) {
				// content that closes its stream (a CSV printer does) must not close the file before it is forced
				content.writeTo(new java.io.FilterOutputStream(out) {
					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						this.out.write(bytes, offset, length);
					}

					@Override
					public void close() throws IOException {
						flush();
					}
				});
				out.flush();
				// on disk before it gets its name: a crash leaves the old file or the whole new one
				channel.force(true);
			}
			publish(temporary, absolute, overwrite);
		}
		catch (FileAlreadyExistsException raced) {
			throw new BriefdeskException(target + " already exists; use --overwrite to replace it, or --out for another file");
		}
		catch (IOException failed) {
			throw cannotWrite(target, failed);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// a leftover hidden .tmp file is harmless; the target is whole either way
				}
			}
		}
	}

	/**
	 * Writes a file's content beside it without publishing it yet: many files staged, then
	 * {@link #publishAll} forces them all to disk and gives them their names. Forcing a
	 * batch of files written before costs the disk little more than forcing one, where
	 * writing and forcing each file in turn waits for the disk every time.
	 */
	public static Staged stage(Path target, boolean overwrite, byte[] content) {
		// No check that the target is free: without overwrite it is published by a hard link,
		// which fails when it exists (a caller checks a whole folder once, before it starts).
		Path absolute = target.toAbsolutePath();
		Path temporary = null;
		try {
			java.nio.channels.FileChannel channel = null;
			for (int attempt = 0; channel == null; attempt++) {
				temporary = absolute.resolveSibling("." + absolute.getFileName() + "."
						+ Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36)
						+ ".tmp");
				try {
					channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.CREATE_NEW,
							java.nio.file.StandardOpenOption.WRITE);
				}
				catch (FileAlreadyExistsException taken) {
					temporary = null;
					if (attempt > 100) {
						throw taken;
					}
				}
			}
			try {
				java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
			}
			catch (IOException failed) {
				channel.close();
				throw failed;
			}
			return new Staged(absolute, temporary, overwrite, channel);
		}
		catch (IOException failed) {
			deleteQuietly(temporary);
			throw cannotWrite(target, failed);
		}
	}

	/** Forces every staged file to disk, then publishes each; on a failure the rest are discarded. */
	public static void publishAll(java.util.List<Staged> staged) {
		try {
			for (Staged file : staged) {
				file.force();
			}
			for (Staged file : staged) {
				file.publish();
			}
		}
		finally {
			for (Staged file : staged) {
				file.discard();
			}
		}
	}

	/** A file written beside its target, not yet forced nor published. */
	public static final class Staged {

		private final Path target;

		private final Path temporary;

		private final boolean overwrite;

		private final java.nio.channels.FileChannel channel;

		private boolean published;

		private Staged(Path target, Path temporary, boolean overwrite, java.nio.channels.FileChannel channel) {
			this.target = target;
			this.temporary = temporary;
			this.overwrite = overwrite;
			this.channel = channel;
		}

		public Path target() {
			return this.target;
		}

		private void force() {
			try {
				this.channel.force(true);
				this.channel.close();
			}
			catch (IOException failed) {
				throw cannotWrite(this.target, failed);
			}
		}

		private void publish() {
			try {
				AtomicFiles.publish(this.temporary, this.target, this.overwrite);
				this.published = true;
			}
			catch (FileAlreadyExistsException raced) {
				throw new BriefdeskException(this.target + " already exists; use --overwrite to replace it, or --out for another file");
			}
			catch (IOException failed) {
				throw cannotWrite(this.target, failed);
			}
		}

		/** Removes the temporary file (after a publish by hard link, the published name stays). */
		public void discard() {
			try {
				this.channel.close();
			}
			catch (IOException ignored) {
				// closing a file that is being dropped
			}
			deleteQuietly(this.temporary);
		}

		public boolean published() {
			return this.published;
		}

	}

	/** Whether a file name is one of the hidden temporary files this class writes beside a target. */
	public static boolean isTemporary(String fileName) {
		return fileName.startsWith(".") && fileName.matches("\\..+\\.[0-9a-z]{1,13}\\.tmp");
	}

	/** The name of the file a temporary file of {@link #isTemporary} was written for. */
	public static String targetOfTemporary(String fileName) {
		return fileName.substring(1, fileName.lastIndexOf('.', fileName.length() - ".tmp".length() - 1));
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a leftover hidden .tmp file is harmless; the target is whole either way
		}
	}

	/**
	 * Starts a file that is written bit by bit (a print file of a thousand letters) and
	 * published whole by {@link Pending#commit()}; closed without a commit, it leaves nothing.
	 */
	public static Pending begin(Path target, boolean overwrite) {
		checkWritable(target, overwrite);
		Path absolute = target.toAbsolutePath();
		try {
			Path temporary = newTemporaryFile(absolute);
			return new Pending(absolute, temporary, overwrite);
		}
		catch (IOException failed) {
			throw cannotWrite(target, failed);
		}
	}

	/** A file being written: write to {@link #channel()} or {@link #stream()}, then commit. */
	public static final class Pending implements AutoCloseable {

		private final Path target;

		private final Path temporary;

		private final boolean overwrite;

		private final java.nio.channels.FileChannel channel;

		private final OutputStream stream;

		private boolean done;

		private Pending(Path target, Path temporary, boolean overwrite) throws IOException {
			this.target = target;
			this.temporary = temporary;
			this.overwrite = overwrite;
			this.channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE,
					java.nio.file.StandardOpenOption.READ);
			this.stream = java.nio.channels.Channels.newOutputStream(this.channel);
		}

		public java.nio.channels.FileChannel channel() {
			return this.channel;
		}

		public OutputStream stream() {
			return this.stream;
		}

		public Path target() {
			return this.target;
		}

		/** Forces the content to disk and gives it its name. */
		public void commit() {
			try {
				this.channel.force(true);
				this.channel.close();
				publish(this.temporary, this.target, this.overwrite);
				this.done = true;
			}
			catch (FileAlreadyExistsException raced) {
				throw new BriefdeskException(this.target + " already exists; use --overwrite to replace it, or --out for another file");
			}
			catch (IOException failed) {
				throw cannotWrite(this.target, failed);
			}
			finally {
				close();
			}
		}

		/** Without a commit: the temporary file goes, the target stays as it was. */
		@Override
		public void close() {
			try {
				this.channel.close();
				Files.deleteIfExists(this.temporary);
			}
			catch (IOException ignored) {
				// a leftover hidden .tmp file is harmless
			}
		}

		public boolean committed() {
			return this.done;
		}

	}

	/**
	 * A hidden file beside the target, created with the permissions any new file gets (the
	 * umask's), not the owner-only ones of {@code createTempFile}: an exported pack is shared.
	 */
	private static Path newTemporaryFile(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path candidate = target.resolveSibling("." + target.getFileName() + "."
					+ Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".tmp");
			try {
				return Files.createFile(candidate);
			}
			catch (FileAlreadyExistsException taken) {
				if (attempt > 100) {
					throw taken;
				}
			}
		}
	}

	private static void publish(Path temporary, Path target, boolean overwrite) throws IOException {
		if (overwrite) {
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException notAtomic) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return;
		}
		try {
			Files.createLink(target, temporary);
		}
		catch (UnsupportedOperationException | java.nio.file.FileSystemException noHardLinks) {
			if (noHardLinks instanceof FileAlreadyExistsException exists) {
				throw exists;
			}
			// File systems without hard links: create the target exclusively, then move over it.
			Files.createFile(target);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
