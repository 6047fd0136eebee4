package org.briefdesk.invite;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.briefdesk.facts.LibraryImporter;

import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.RefusalContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code invite import} of any bytes as an invitee CSV file, for an event: the list is imported or the file refused with one line a problem, never another
 * exception, never a hang. Each import is rolled back, so that every input meets the same
 * (empty) list. Seeds and findings:
 * {@code src/test/resources/org/briefdesk/invite/InviteeFileFuzzTestInputs/}.
 */
@BriefdeskTest
class InviteeFileFuzzTest {

	private static final String EVENT = "fuzz-briefing-2025-03-04";

	/** The event the list is for, imported in the same rolled-back transaction. */
	private static final byte[] EVENT_FILE = ("events:\n  - id: " + EVENT + "\n    title: Briefing to Member States\n"
			+ "    kind: briefing to Member States\n    date: 2025-03-04\n").getBytes(StandardCharsets.UTF_8);

	@Autowired
	LibraryImporter library;

	@Autowired
	InvitationService invitations;

	@Autowired
	PlatformTransactionManager transactions;

	@FuzzTest(maxDuration = "30s")
	void anInviteeFileImportsOrIsRefusedOneLineAProblem(byte[] input) throws Exception {
		String text = new String(input, StandardCharsets.ISO_8859_1);
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			this.library.importSources(List.of(new LibraryImporter.Source("events.yaml", EVENT_FILE)), true, false);
			try {
				RefusalContract.refusedPlainlyOrSucceeded(text,
						() -> this.invitations.importCsv(EVENT, "invitees.csv", input, true));
			}
			catch (RuntimeException | Error passOn) {
				throw passOn;
			}
			catch (Exception impossible) {
				throw new IllegalStateException(impossible);
			}
		});
	}

}
