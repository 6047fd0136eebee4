package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.pdf.PdfExporter;
import org.briefdesk.support.OneShot;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class PdfExportWithoutBriefingsTest {

	@TempDir
	Path workingDirectory;

	@TempDir
	Path home;

	@Test
	void withoutTheBriefingFeatureTheExportFailsWithOneLine() {
		DefaultListableBeanFactory none = new DefaultListableBeanFactory();
		PdfExportCommands commands = new PdfExportCommands(none.getBeanProvider(PackModelSource.class),
				none.getBeanProvider(PdfExporter.class), new ShellSession());
		assertThatThrownBy(() -> commands.exportPdf("vienna-2023-briefing", null, null, false, null))
			.isExactlyInstanceOf(BriefdeskException.class)
			.hasMessageContaining("'vienna-2023-briefing'")
			.hasMessageNotContaining("\n");
	}

	@Test
	void withoutABriefingNamedOrInUseItIsAUsageError() {
		DefaultListableBeanFactory none = new DefaultListableBeanFactory();
		PdfExportCommands commands = new PdfExportCommands(none.getBeanProvider(PackModelSource.class),
				none.getBeanProvider(PdfExporter.class), new ShellSession());
		assertThatThrownBy(() -> commands.exportPdf(null, null, null, false, null))
			.isInstanceOf(UsageException.class);
	}

	@Test
	void oneShotWithoutABriefingExitsTwoWithOneLineAndWritesNothing() throws Exception {
		OneShot.Result result = OneShot.run(this.workingDirectory, this.home, "export", "pdf", "--overwrite");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderrLines()).singleElement().asString().contains("--briefing");
		try (Stream<Path> files = Files.list(this.workingDirectory)) {
			assertThat(files).isEmpty();
		}
	}

}
