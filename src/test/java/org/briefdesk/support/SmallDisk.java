package org.briefdesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A folder on a file system of its own, a few megabytes big, for the tests of a full or
 * read-only disk: a tmpfs mounted there when the tests run as root (CI does, and a tmpfs it
 * cannot mount fails the test there), otherwise a plain folder, on which only the tests that
 * can use permissions instead run. Unmounted when closed.
 */
public final class SmallDisk implements AutoCloseable {

	private final Path path;

	private final boolean mounted;

	private SmallDisk(Path path, boolean mounted) {
		this.path = path;
		this.mounted = mounted;
	}

	/** A new folder {@code disk} in {@code parent}, a tmpfs of {@code bytes} where it can be mounted. */
	public static SmallDisk in(Path parent, long bytes) throws IOException, InterruptedException {
		Path target = Files.createDirectory(parent.resolve("disk"));
		if ("root".equals(System.getProperty("user.name"))
				&& command("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", target.toString()) == 0) {
			return new SmallDisk(target, true);
		}
		if ("true".equals(System.getenv("CI"))) {
			throw new AssertionError("CI runs as root and must be able to mount a tmpfs for the folder tests");
		}
		return new SmallDisk(target, false);
	}

	public Path path() {
		return this.path;
	}

	/** Whether it is a file system of its own (else the tests of a full disk cannot run). */
	public boolean mounted() {
		return this.mounted;
	}

	/** Remounts it read-only: the disk, not only the folder's permissions, refuses every write. */
	public void makeReadOnly() throws IOException, InterruptedException {
		if (!this.mounted || command("mount", "-o", "remount,ro", this.path.toString()) != 0) {
			throw new IllegalStateException("cannot remount " + this.path + " read-only");
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		if (this.mounted) {
			command("umount", this.path.toString());
		}
	}

	private static int command(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}

}
