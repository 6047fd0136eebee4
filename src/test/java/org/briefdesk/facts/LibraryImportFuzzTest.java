package org.briefdesk.facts;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.briefdesk.support.BriefdeskTest;
import org.briefdesk.support.RefusalContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code data import} of any bytes, as a YAML library file and as a CSV file of people or
 * organisations (which one the header says), checked and written by the real importer
 * against the sample library: it imports or refuses with one line a problem, never another
 * exception, never a hang. Each import runs in a transaction that is rolled back, so that
 * one input does not change what the next one meets. Seeds and findings:
 * {@code src/test/resources/org/briefdesk/facts/LibraryImportFuzzTestInputs/}.
 */
@BriefdeskTest
class LibraryImportFuzzTest {

	@Autowired
	LibraryImporter importer;

	@Autowired
	PlatformTransactionManager transactions;

	@FuzzTest(maxDuration = "30s")
	void aYamlLibraryFileImportsOrIsRefusedOneLineAProblem(byte[] input) throws Exception {
		importRolledBack("library.yaml", input);
	}

	@FuzzTest(maxDuration = "30s")
	void aCsvLibraryFileImportsOrIsRefusedOneLineAProblem(byte[] input) throws Exception {
		importRolledBack("import.csv", input);
	}

	private void importRolledBack(String name, byte[] input) throws Exception {
		String text = new String(input, StandardCharsets.ISO_8859_1);
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
			status.setRollbackOnly();
			try {
				RefusalContract.refusedPlainlyOrSucceeded(text, () -> this.importer
					.importSources(List.of(new LibraryImporter.Source(name, input)), true, false));
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
