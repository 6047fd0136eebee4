package org.briefdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The file-name sanitiser's promises, for any text at all: a name that stays inside its
 * folder, has no separator, control, format (zero-width, bidirectional) or wildcard
 * character, no name Windows reserves, no trailing dot or space, at most the bytes asked
 * (never more than 120), in NFC, and that is its own sanitised form; and names claimed in
 * one folder never collide once normalised and case folded. Seeds and findings:
 * {@code src/test/resources/org/briefdesk/system/SafeFileNamesFuzzTestInputs/}.
 */
class SafeFileNamesFuzzTest {

	private static final Path FOLDER = Path.of("/letters/out").toAbsolutePath();

	private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
			"lpt9");

	@FuzzTest(maxDuration = "20s")
	void aSanitisedNameIsAlwaysOnePlainFileInsideItsFolder(FuzzedDataProvider data) {
		int maxBytes = data.consumeInt(-10, 200);
		String raw = data.consumeRemainingAsString();
		String name = SafeFileNames.of(raw, maxBytes);
		assertSafe(name, Math.max(8, Math.min(maxBytes, 120)));
		assertThat(SafeFileNames.of(name, maxBytes)).as("sanitising a sanitised name changes nothing").isEqualTo(name);
		assertSafe(SafeFileNames.of(raw), 120);
	}

	@FuzzTest(maxDuration = "20s")
	void namesClaimedInOneFolderNeverCollide(FuzzedDataProvider data) {
		SafeFileNames.Unique names = new SafeFileNames.Unique();
		Set<String> folded = new HashSet<>();
		List<String> claimed = new ArrayList<>();
		String extension = data.pickValue(List.of(".docx", ".pdf", "", ".manifest.json"));
		int count = data.consumeInt(1, 12);
		for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
			String raw = data.consumeString(200);
			String base = names.claim(raw, extension, ".pdf");
			assertSafe(base, 120);
			assertThat((base + extension).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(120);
			assertThat(folded.add(SafeFileNames.fold(base))).as("%s collides with one of %s", base, claimed).isTrue();
			claimed.add(base);
		}
	}

	private static void assertSafe(String name, int maxBytes) {
		assertThat(name).isNotEmpty().isNotIn(".", "..");
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).as("bytes of %s", name).isLessThanOrEqualTo(maxBytes);
		assertThat(name).doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|", "\0", "..");
		assertThat(name).doesNotStartWith("-").doesNotStartWith(".").doesNotEndWith(".").doesNotEndWith(" ");
		name.codePoints().forEach(codePoint -> {
			int type = Character.getType(codePoint);
			assertThat(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.UNASSIGNED || type == Character.PRIVATE_USE || Character.isWhitespace(codePoint)
					|| Character.isSpaceChar(codePoint))
				.as("U+%04X in %s", codePoint, name)
				.isFalse();
		});
		assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).as("%s is in NFC", name).isTrue();
		String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
		assertThat(RESERVED).doesNotContain(stem.toLowerCase(Locale.ROOT));
		Path file = FOLDER.resolve(name).normalize();
		assertThat(file.getParent()).isEqualTo(FOLDER);
		assertThat(file.getFileName().toString()).isEqualTo(name);
	}

}
