package org.briefdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.support.BriefdeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BriefdeskTest
class LibraryBackupsTest {

	@Autowired
	LibraryBackups backups;

	@Autowired
	FactLibrary library;

	@Autowired
	PersonRepository people;

	@Test
	void aRestoreBringsTheLibraryBackAsItWasAndCanBeUndone() {
		LibraryBackups.Backup before = this.backups.backup("test");
		this.library.add(new Person("backup-person", null, "Backup Person", null, null, null, null, null));
		LibraryBackups.Restored restored = this.backups.restore(before.name());
		assertThat(this.people.exists("backup-person")).isFalse();
		assertThat(this.people.exists("valiant-richey")).isTrue();
		assertThat(restored.previous()).isPresent();
		this.backups.restore(restored.previous().orElseThrow().name());
		assertThat(this.people.exists("backup-person")).isTrue();
		this.library.remove(FactKind.PERSON, "backup-person");
	}

	@Test
	void aBackupIsAZipOfTheLibraryFileAndLeavesNothingElseBehind() throws Exception {
		LibraryBackups.Backup backup = this.backups.backup("zip");
		List<String> entries = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup.file()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).containsExactly("library.mv.db");
		try (Stream<Path> files = Files.list(backup.file().getParent())) {
			assertThat(files.map(file -> file.getFileName().toString()))
				.allMatch(name -> LibraryBackups.NAME.matcher(name).matches());
		}
	}

	@Test
	void onlyTheNewestFiveBackupsAreKept() {
		for (int i = 0; i < 7; i++) {
			this.backups.backup("keep");
		}
		assertThat(this.backups.list()).hasSize(LibraryBackups.KEEP);
	}

	@Test
	void anUnknownBackupIsRefusedAndTheLibraryStays() {
		this.backups.backup(null);
		assertThatThrownBy(() -> this.backups.restore("library-19990101-000000")).isInstanceOf(BriefdeskException.class)
			.hasMessageContaining("no backup 'library-19990101-000000'")
			.hasMessageContaining("`data backups`");
		assertThat(this.people.exists("valiant-richey")).isTrue();
	}

	@Test
	void aBackupThatHoldsNoLibraryIsRefusedBeforeTheLibraryIsTouched() throws Exception {
		LibraryBackups.Backup good = this.backups.backup(null);
		java.nio.file.Path broken = good.file().resolveSibling("library-20991231-235959-broken.zip");
		Files.write(broken, new byte[] { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
		try {
			assertThatThrownBy(() -> this.backups.restore("library-20991231-235959-broken"))
				.isInstanceOf(BriefdeskException.class)
				.hasMessageContaining("holds no library");
			assertThat(this.people.exists("valiant-richey")).isTrue();
		}
		finally {
			Files.deleteIfExists(broken);
		}
	}

}
