package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void writesTheWholeContentAndLeavesNoTemporaryFile() throws IOException {
		Path target = this.folder.resolve("pack.docx");
		AtomicFiles.write(target, false, out -> out.write("whole".getBytes(StandardCharsets.UTF_8)));
		assertThat(target).hasContent("whole");
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).containsExactly(target);
		}
	}

	@Test
	void refusesToOverwriteAnExistingFileAndLeavesItUnchanged() throws IOException {
		Path target = this.folder.resolve("pack.pdf");
		Files.writeString(target, "last week's pack");
		assertThatThrownBy(() -> AtomicFiles.write(target, false, out -> out.write(1)))
			.isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("already exists")
			.hasMessageContaining("--overwrite");
		assertThat(target).hasContent("last week's pack");
	}

	@Test
	void replacesAnExistingFileOnlyWhenAskedTo() throws IOException {
		Path target = this.folder.resolve("pack.pdf");
		Files.writeString(target, "old");
		AtomicFiles.write(target, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
		assertThat(target).hasContent("new");
	}

	@Test
	void aFailureWhileWritingLeavesNoFileBehind() throws IOException {
		Path target = this.folder.resolve("pack.docx");
		assertThatThrownBy(() -> AtomicFiles.write(target, false, out -> {
			out.write(1);
			throw new IOException("disk full");
		})).isInstanceOf(BriefdeskException.class).hasMessageContaining("disk full");
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void theWrittenFileHasThePermissionsOfAnyNewFileNotOwnerOnlyOnes() throws IOException {
		Path plain = Files.createFile(this.folder.resolve("plain.txt"));
		Path written = this.folder.resolve("pack.txt");
		AtomicFiles.write(written, false, out -> out.write(1));
		assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
	}

}
