package org.briefdesk.render.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.support.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it writes letters (a real child JVM, killed with SIGKILL) leaves
 * only whole letters, and a resume completes the set.
 */
class InvitationCrashTest {

	private static final int LETTERS = 4000;

	@TempDir
	Path out;

	@Test
	void aKilledRunLeavesNoTruncatedLetterAndAResumeCompletesTheSet() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), InvitationChild.class.getName(), this.out.toString(),
				Integer.toString(LETTERS))
			.redirectErrorStream(true)
			.redirectOutput(this.out.resolveSibling(this.out.getFileName() + "-child.log").toFile())
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (letters().size() < 1200 && child.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(2);
		}
		child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
		assertThat(child.exitValue()).as("killed before it finished").isNotZero();
		List<Path> left = letters();
		assertThat(left.size()).isBetween(1200, LETTERS - 1);
		for (Path letter : left) {
			try (ZipFile zip = new ZipFile(letter.toFile())) {
				assertThat(zip.getEntry("word/document.xml")).as("%s is whole", letter).isNotNull();
			}
		}
		assertThat(this.out.resolve(InvitationManifest.FILE_NAME)).doesNotExist();

		InvitationSummary resumed = new InvitationGenerator(PdfExporter.standalone(TestFonts.withCjkSubset()),
				Clock.systemUTC())
			.generate(SampleLetters.event(), HostileInvitees.letters(LETTERS),
					InvitationOptions.into(this.out).withLetterDate(SampleLetters.LETTER_DATE).withResume(true));

		assertThat(resumed.kept() + resumed.written()).isEqualTo(LETTERS);
		// the journal records a batch once it is published: the batches being published when the
		// process died may be on disk without a row, and are then written again
		assertThat(resumed.kept())
			.isGreaterThanOrEqualTo(left.size() - (InvitationGenerator.PUBLISHING + 1) * InvitationGenerator.BATCH)
			.isPositive();
		assertThat(letters()).hasSize(LETTERS);
		assertThat(Files.readString(this.out.resolve(InvitationManifest.FILE_NAME)).lines().count()).isEqualTo(LETTERS + 1);
		assertThat(this.out.resolve(InvitationManifest.JOURNAL_NAME)).doesNotExist();
		for (Path letter : letters()) {
			try (ZipFile zip = new ZipFile(letter.toFile())) {
				assertThat(zip.getEntry("word/document.xml")).isNotNull();
			}
		}
	}

	private List<Path> letters() throws IOException {
		try (Stream<Path> files = Files.list(this.out)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".docx")).toList();
		}
	}

}
