package org.briefdesk.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.briefdesk.system.BriefdeskException;

/**
 * One batch run at a time per output folder: a lock on {@value #FILE} in the folder, held for
 * the whole run. The operating system drops it when the process ends, however it ends, so a
 * crashed run never leaves the folder locked. A second run, in another process or in this
 * one, is refused at once rather than waiting or writing between the first one's files. The
 * empty lock file stays (removing it would let a third run lock a new file while the second
 * still holds the old one).
 */
final class OutputFolderLock implements AutoCloseable {

	static final String FILE = ".briefdesk-batch.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private OutputFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Locks {@code folder}, which exists.
	 * @throws BriefdeskException when another run holds it
	 */
	static OutputFolderLock take(Path folder) {
		Path file = folder.resolve(FILE);
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		}
		catch (IOException failed) {
			// the first write of a run: a read-only or full folder is told here
			throw new BriefdeskException("cannot lock the output folder " + folder + ": "
					+ org.briefdesk.system.AtomicFiles.why(folder, failed) + "; write elsewhere with --out", failed);
		}
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException heldHere) {
			lock = null;
		}
		catch (IOException failed) {
			close(channel);
			throw new BriefdeskException("cannot lock the output folder " + folder + ": " + failed.getMessage(), failed);
		}
		if (lock == null) {
			close(channel);
			throw new BriefdeskException("another export batch is writing into " + folder
					+ "; wait for it to finish, or give another --out");
		}
		return new OutputFolderLock(channel, lock);
	}

	@Override
	public void close() {
		try {
			this.lock.release();
		}
		catch (IOException ignored) {
			// closing the channel releases it too
		}
		close(this.channel);
	}

	private static void close(FileChannel channel) {
		try {
			channel.close();
		}
		catch (IOException ignored) {
			// the lock goes with the channel
		}
	}

}
