package org.briefdesk.batch;

import java.nio.file.Path;

/**
 * A second process for the lock test: takes an output folder's lock as a batch run does,
 * says "locked", and holds it until its standard input closes.
 */
public final class HoldOutputFolder {

	private HoldOutputFolder() {
	}

	public static void main(String[] args) throws Exception {
		try (OutputFolderLock lock = OutputFolderLock.take(Path.of(args[0]))) {
			System.out.println("locked");
			System.out.flush();
			while (System.in.read() >= 0) {
				// hold the lock until the test closes our input
			}
		}
	}

}
