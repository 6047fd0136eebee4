package org.briefdesk.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefdesk.facts.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormsOfAddressTest {

	private static final FormsOfAddress BUILT_IN = FormsOfAddressFile.builtIn();

	@ParameterizedTest(name = "{0} / {1} in {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			H.E.                 |                            | en | Excellency,
			H.E. Ambassador      |                            | en | Excellency,
			Ambassador           |                            | en | Excellency,
			                     | Permanent Representative   | en | Excellency,
			Ms.                  | Permanent Representative   | en | Excellency,
			Mr.                  | Deputy Permanent Representative | en | Dear Mr. Antonov,
			Dr.                  |                            | en | Dear Dr. Antonov,
			Dr                   |                            | en | Dear Dr. Antonov,
			Prof.                |                            | en | Dear Professor Antonov,
			Prof. Dr.            |                            | en | Dear Professor Antonov,
			Mr.                  |                            | en | Dear Mr. Antonov,
			M.                   |                            | en | Dear Mr. Antonov,
			Ms.                  |                            | en | Dear Ms. Antonov,
			Ms                   |                            | en | Dear Ms. Antonov,
			Mrs.                 |                            | en | Dear Mrs. Antonov,
			Mme                  |                            | en | Dear Mrs. Antonov,
			                     |                            | en | Dear Colleague,
			Rev.                 |                            | en | Dear Colleague,
			H.E.                 |                            | fr | Excellence,
			S.E.                 |                            | fr | Excellence,
			                     | Représentant permanent     | fr | Excellence,
			                     | Représentant permanent adjoint | fr | Madame, Monsieur,
			Mme                  |                            | fr | Madame,
			Ms.                  |                            | fr | Madame,
			Mrs.                 |                            | fr | Madame,
			M.                   |                            | fr | Monsieur,
			Mr.                  |                            | fr | Monsieur,
			Dr.                  |                            | fr | Madame, Monsieur,
			Prof.                |                            | fr | Madame, Monsieur,
			                     |                            | fr | Madame, Monsieur,
			Dr. Mme              |                            | fr | Madame,
			""")
	void theBuiltInRulesGreetEachHonorificInEnglishAndFrench(String honorific, String title, String language,
			String salutation) {
		Contact contact = new Contact(honorific, "Ivan", "Antonov", "Ivan Antonov", title, "Mission", null, language, null);
		assertThat(BUILT_IN.address(contact, language).salutation()).isEqualTo(salutation);
	}

	@Test
	void closingsGoWithTheirSalutation() {
		assertThat(address("H.E.", "en").closing())
			.isEqualTo("Please accept, Excellency, the assurances of my highest consideration.");
		assertThat(address("H.E.", "fr").closing())
			.isEqualTo("Je vous prie d'agréer, Excellence, les assurances de ma très haute considération.");
		assertThat(address("Mme", "fr").closing())
			.isEqualTo("Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.");
		assertThat(address("Ms.", "en").closing()).isEqualTo("Yours sincerely,");
	}

	@Test
	void aDoubledHonorificPrintsEachPartOnceInOrder() {
		Contact contact = new Contact("H.E. Ambassador Ms.", "Hanna", "Antonova", "Hanna Antonova", null, null, null, null, null);
		FormsOfAddress.Address address = BUILT_IN.address(contact, "en");
		assertThat(address.salutation()).isEqualTo("Excellency,");
		assertThat(address.addressee()).isEqualTo("H.E. Ambassador Ms. Hanna Antonova");
		Contact doubled = new Contact("H.E. H.E. Ambassador ambassador Ms. Ms", "Hanna", "Antonova", "Hanna Antonova", null,
				null, null, null, null);
		assertThat(BUILT_IN.address(doubled, "en").addressee()).isEqualTo("H.E. Ambassador Ms. Hanna Antonova");
		Contact inTheName = new Contact("Dr.", "Jane", "Doe", "Dr. Jane Doe", null, null, null, null, null);
		assertThat(BUILT_IN.address(inTheName, "en").addressee()).isEqualTo("Dr. Jane Doe");
		assertThat(BUILT_IN.address(inTheName, "en").salutation()).isEqualTo("Dear Dr. Doe,");
	}

	@Test
	void aRuleWhoseFieldIsEmptyFallsThroughToTheNeutralFormAndSaysWhy() {
		Contact noFamilyName = new Contact("Dr.", null, null, "Tea Machaidze", null, null, null, "en", null);
		FormsOfAddress.Address address = BUILT_IN.address(noFamilyName, "en");
		assertThat(address.salutation()).isEqualTo("Dear Colleague,");
		assertThat(address.passedOver()).singleElement()
			.isEqualTo(new FormsOfAddress.PassedOver("Dear Dr. {family_name},", List.of("family_name")));
	}

	@Test
	void nobodyIsGreetedWithAnEmptyName() {
		for (String honorific : List.of("", "Dr.", "Prof.", "Mr.", "Ms.", "Mrs.", "Mme", "M.", "H.E.")) {
			for (String language : List.of("en", "fr", "de")) {
				Contact contact = new Contact(honorific, null, "", "X", null, null, null, language, null);
				String salutation = BUILT_IN.address(contact, language).salutation();
				assertThat(salutation).doesNotContain(" ,").doesNotContain("{").isNotBlank();
			}
		}
	}

	@Test
	void aLanguageWithoutRulesGetsTheDefaultLanguagesAndSaysSo() {
		Contact contact = new Contact("Ms.", "Anna", "Schmidt", "Anna Schmidt", null, null, null, "de", null);
		FormsOfAddress.Address address = BUILT_IN.address(contact, "de");
		assertThat(address.salutation()).isEqualTo("Dear Ms. Schmidt,");
		assertThat(address.languageFound()).isFalse();
		assertThat(BUILT_IN.address(contact, "fr-CH").salutation()).isEqualTo("Madame,");
	}

	@Test
	void aFileNestedTooDeepIsRefusedWithItsLine() {
		String deep = "default-language: en\nhonorifics: " + "[".repeat(3000) + "]".repeat(3000) + "\n";
		assertThatThrownBy(() -> FormsOfAddressFile.read("forms.yaml", deep.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidFormsOfAddressException.class)
			.hasMessageContaining("forms.yaml:2: nested more than 32 levels deep here");
	}

	@Test
	void theRulesASecretariatEditsTakeEffect(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
		String edited = Files.readString(Path.of("templates", FormsOfAddressFile.FILE_NAME))
			.replace("salutation: \"Dear Colleague,\"", "salutation: \"Dear Friend,\"")
			.replace("salutation: \"Dear Dr. {family_name},\"", "salutation: \"Dear Doctor {given_name} {family_name},\"");
		Files.writeString(folder.resolve(FormsOfAddressFile.FILE_NAME), edited);
		FormsOfAddress forms = InvitationTemplates.in(folder).formsOfAddress();
		assertThat(forms.address(contact(null), "en").salutation()).isEqualTo("Dear Friend,");
		assertThat(forms.address(contact("Dr."), "en").salutation()).isEqualTo("Dear Doctor Ivan Antonov,");
	}

	@Test
	void theBuiltInRulesAreTheRepositorysTemplatesFile() throws IOException {
		byte[] repository = Files.readAllBytes(Path.of("templates", FormsOfAddressFile.FILE_NAME));
		try (var in = getClass().getClassLoader().getResourceAsStream(FormsOfAddressFile.BUILT_IN_RESOURCE)) {
			assertThat(in).isNotNull();
			assertThat(in.readAllBytes()).isEqualTo(repository);
		}
	}

	@Test
	void anInvalidFileIsReportedWithTheLineOfEveryProblem() {
		String yaml = """
				default-language: de
				honorifics:
				  doctor: [Dr.]
				languages:
				  en:
				    - when: { honorific: [docter] }
				      salutation: "Dear Dr. {famly_name},"
				      closing: "Yours,"
				    - salutation: "Dear {given_name},"
				      closing: "Yours,"
				      colour: blue
				""";
		assertThatThrownBy(() -> FormsOfAddressFile.read("forms.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(InvalidFormsOfAddressException.class, invalid -> assertThat(invalid.problems())
				.extracting(Problem::toString)
				.containsExactlyInAnyOrder(
						"forms.yaml:1: default-language de has no rules under languages; add them or choose one of en",
						"forms.yaml:6: no honorific 'docter' under honorifics; the keys are doctor",
						"forms.yaml:7: {famly_name} is not a field; the fields are {honorific}, {given_name}, {family_name}, {full_name}, {title}, {organisation}",
						"forms.yaml:11: unknown key 'colour' in a rule of en; the keys are closing, salutation, when",
						"forms.yaml:9: the neutral form of en uses {given_name}, which an invitee may not have; use no field, or only {full_name}"));
	}

	@Test
	void aLanguageThatDoesNotEndWithTheNeutralFormIsRefused() {
		String yaml = """
				default-language: en
				honorifics: { mr: [Mr.] }
				languages:
				  en:
				    - salutation: "Dear Colleague,"
				      closing: "Yours,"
				    - when: { honorific: [mr] }
				      salutation: "Dear Mr. {family_name},"
				      closing: "Yours,"
				""";
		assertThatThrownBy(() -> FormsOfAddressFile.read("f.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidFormsOfAddressException.class)
			.hasMessageContaining("f.yaml:5: this rule of en has no `when`")
			.hasMessageContaining("f.yaml:7: the last rule of en has a `when`");
	}

	@Test
	void yamlThatDoesNotParseIsReportedWithItsLine() {
		String yaml = "default-language: en\nhonorifics: [unclosed\nlanguages: {}\n";
		assertThatThrownBy(() -> FormsOfAddressFile.read("broken.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidFormsOfAddressException.class)
			.hasMessageMatching("broken\\.yaml:[23]: not valid YAML: .*");
		String aliases = "default-language: &l en\nhonorifics: {}\nlanguages: { en: [ { salutation: *l, closing: x } ] }\n";
		assertThatThrownBy(() -> FormsOfAddressFile.read("alias.yaml", aliases.getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("alias.yaml:3: aliases (*l) are not allowed");
		String tagged = "default-language: !!java.io.File en\n";
		assertThatThrownBy(() -> FormsOfAddressFile.read("tag.yaml", tagged.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidFormsOfAddressException.class);
	}

	private static FormsOfAddress.Address address(String honorific, String language) {
		return BUILT_IN.address(contact(honorific), language);
	}

	private static Contact contact(String honorific) {
		return new Contact(honorific, "Ivan", "Antonov", "Ivan Antonov", null, null, null, null, null);
	}

}
