package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

	@TempDir
	Path folder;

	@Test
	void briefdeskHomeChoosesTheDataDirectory() {
		DataDirectory directory = DataDirectory.fromEnvironment(
				Map.of("BRIEFDESK_HOME", this.folder.resolve("lib").toString(), "HOME", "/elsewhere"));
		assertThat(directory.path()).isEqualTo(this.folder.resolve("lib"));
		assertThat(directory.isDefault()).isFalse();
		assertThat(directory.wasEmpty()).isTrue();
	}

	@Test
	void withoutItTheDataDirectoryIsDotBriefdeskInTheHomeTheShellGives() {
		DataDirectory directory = DataDirectory.fromEnvironment(Map.of("HOME", this.folder.toString()));
		assertThat(directory.path()).isEqualTo(this.folder.resolve(".briefdesk"));
		assertThat(directory.isDefault()).isTrue();
	}

	@Test
	void aDirectoryWithFilesInItIsNotEmpty() throws Exception {
		Files.createDirectories(this.folder.resolve(".briefdesk"));
		Files.writeString(this.folder.resolve(".briefdesk/briefdesk.log"), "x");
		assertThat(DataDirectory.fromEnvironment(Map.of("HOME", this.folder.toString())).wasEmpty()).isFalse();
	}

}
