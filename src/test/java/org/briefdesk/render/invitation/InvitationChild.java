package org.briefdesk.render.invitation;

import java.nio.file.Path;
import java.time.Clock;

import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.support.TestFonts;

/**
 * A separate program that writes letters (run by {@link InvitationCrashTest} in a child JVM,
 * which it kills): {@code InvitationChild OUT COUNT [resume]}.
 */
public final class InvitationChild {

	private InvitationChild() {
	}

	public static void main(String[] args) {
		Path out = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		boolean resume = args.length > 2 && args[2].equals("resume");
		InvitationGenerator generator = new InvitationGenerator(PdfExporter.standalone(TestFonts.withCjkSubset()),
				Clock.systemUTC());
		InvitationSummary summary = generator.generate(SampleLetters.event(), HostileInvitees.letters(count),
				InvitationOptions.into(out).withLetterDate(SampleLetters.LETTER_DATE).withResume(resume));
		System.out.println(summary.line());
	}

}
