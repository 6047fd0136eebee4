package org.briefdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.shell.KeyboardTerminal.CTRL_C;
import static org.briefdesk.shell.KeyboardTerminal.ENTER;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.briefdesk.facts.FactKind;
import org.briefdesk.facts.FactLibrary;
import org.briefdesk.facts.PersonRepository;
import org.briefdesk.support.BriefdeskTest;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interactive shell on a terminal a test types on: the shell's own line reader and
 * history, the dispatcher and the commands of the application context.
 */
@BriefdeskTest
class InteractiveShellTest {

	private static final String PERSON = "typed-at-the-prompt";

	@Autowired
	CommandLineDispatcher dispatcher;

	@Autowired
	ShellSession session;

	@Autowired
	OutputPolicy outputs;

	@Autowired
	PersonRepository people;

	@Autowired
	FactLibrary library;

	@Autowired
	org.springframework.core.env.Environment environment;

	private final KeyboardTerminal keyboard = new KeyboardTerminal(30);

	private final LineReader shellReader = LineReaderBuilder.builder()
		.terminal(this.keyboard.terminal())
		.history(new SecretFreeHistory())
		.build();

	@AfterEach
	void putThingsBack() throws Exception {
		this.session.setInteractive(false);
		if (this.people.exists(PERSON)) {
			this.library.remove(FactKind.PERSON, PERSON);
		}
		this.keyboard.close();
	}

	private CompletableFuture<Boolean> startShell() {
		this.session.setInteractive(true);
		BriefdeskRunner runner = new BriefdeskRunner(this.dispatcher, new ExitCodeHolder(), this.session, null,
				this.outputs, this.keyboard.prompts(), new CommandInterrupts());
		CompletableFuture<Boolean> shell = this.keyboard.start(() -> {
			runner.runInteractive(this.shellReader);
			return true;
		});
		this.keyboard.awaitScreen("briefdesk> ");
		return shell;
	}

	private static List<String> entries(History history) {
		List<String> lines = new ArrayList<>();
		history.forEach(entry -> lines.add(entry.line()));
		return lines;
	}

	@Test
	void theFirstCommandWaitsUntilTheWarmUpBehindThePromptIsOver() throws Exception {
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.atomic.AtomicBoolean warmedUp = new java.util.concurrent.atomic.AtomicBoolean();
		ShellWarmUp warmUp = new ShellWarmUp(() -> {
			try {
				release.await();
			}
			catch (InterruptedException stop) {
				Thread.currentThread().interrupt();
			}
			warmedUp.set(true);
		}, this.environment);
		// the warm-up is for a library that exists: this one does once a command has opened it
		this.people.exists(PERSON);
		this.session.setInteractive(true);
		BriefdeskRunner runner = new BriefdeskRunner(this.dispatcher, new ExitCodeHolder(), this.session, null,
				this.outputs, this.keyboard.prompts(), new CommandInterrupts(), warmUp);
		CompletableFuture<Boolean> shell = this.keyboard.start(() -> {
			runner.runInteractive(this.shellReader);
			return true;
		});
		// the prompt comes at once, with the warm-up still running
		this.keyboard.awaitScreen("briefdesk> ");
		this.keyboard.type("version" + ENTER);
		Thread.sleep(300);
		assertThat(this.keyboard.screen()).doesNotContain("Briefdesk 0");
		release.countDown();
		this.keyboard.awaitScreen("Briefdesk 0");
		assertThat(warmedUp).isTrue();
		this.keyboard.type("exit" + ENTER);
		assertThat(KeyboardTerminal.outcome(shell)).isEqualTo(true);
	}

	@Test
	void aShellReadingAPipeRunsItsFirstCommandAtOnceWithoutAWarmUp() throws Exception {
		java.util.concurrent.atomic.AtomicBoolean warmedUp = new java.util.concurrent.atomic.AtomicBoolean();
		// a warm-up that would never end: the first command would wait for it for ever
		ShellWarmUp warmUp = new ShellWarmUp(() -> {
			warmedUp.set(true);
			try {
				new java.util.concurrent.CountDownLatch(1).await();
			}
			catch (InterruptedException stop) {
				Thread.currentThread().interrupt();
			}
		}, this.environment);
		this.people.exists(PERSON);
		try (KeyboardTerminal pipe = new KeyboardTerminal(30, "dumb")) {
			LineReader reader = LineReaderBuilder.builder().terminal(pipe.terminal()).build();
			this.session.setInteractive(true);
			BriefdeskRunner runner = new BriefdeskRunner(this.dispatcher, new ExitCodeHolder(), this.session, null,
					this.outputs, pipe.prompts(), new CommandInterrupts(), warmUp);
			CompletableFuture<Boolean> shell = pipe.start(() -> {
				runner.runInteractive(reader);
				return true;
			});
			pipe.type("version" + ENTER);
			pipe.awaitScreen("Briefdesk 0");
			pipe.type("exit" + ENTER);
			assertThat(KeyboardTerminal.outcome(shell)).isEqualTo(true);
		}
		assertThat(warmedUp).isFalse();
	}

	@Test
	void theHistoryHoldsCommandsOnlyNeverTheAnswersToQuestions() {
		CompletableFuture<Boolean> shell = startShell();
		this.keyboard.type("person add --id " + PERSON + ENTER);
		this.keyboard.awaitScreen("Name: ");
		this.keyboard.type("An Answer Typed At A Question" + ENTER);
		this.keyboard.awaitScreen("added person '" + PERSON + "'");
		this.keyboard.type("exit" + ENTER);
		assertThat(KeyboardTerminal.outcome(shell)).isEqualTo(true);
		assertThat(this.people.findById(PERSON).orElseThrow().name()).isEqualTo("An Answer Typed At A Question");
		assertThat(entries(this.shellReader.getHistory())).containsExactly("person add --id " + PERSON, "exit");
	}

	@Test
	void aPasswordGivenOnACommandLineNeverLandsInTheHistory() {
		CompletableFuture<Boolean> shell = startShell();
		this.keyboard.type("org list --password hunter2" + ENTER);
		this.keyboard.awaitScreen("password");
		this.keyboard.type("event list --PASSWORD=hunter2" + ENTER);
		this.keyboard.type("person list --db-passwd hunter2" + ENTER);
		this.keyboard.type("org list" + ENTER);
		this.keyboard.type("exit" + ENTER);
		assertThat(KeyboardTerminal.outcome(shell)).isEqualTo(true);
		assertThat(entries(this.shellReader.getHistory())).containsExactly("org list", "exit");
	}

	@Test
	void aSecretOrTokenGivenAsAnOptionOrAnAssignmentNeverLandsInTheHistoryButASecretariatDoes() {
		CompletableFuture<Boolean> shell = startShell();
		this.keyboard.type("org list --secret s3cr3t" + ENTER);
		this.keyboard.awaitScreen("secret");
		this.keyboard.type("org list --TOKEN=abc123" + ENTER);
		this.keyboard.type("org list --client-secret abc123" + ENTER);
		this.keyboard.type("org list --api-key abc123" + ENTER);
		this.keyboard.type("org list spring.datasource.password=abc123" + ENTER);
		this.keyboard.type("org list token=abc123" + ENTER);
		this.keyboard.type("data copy --to jdbc:postgresql://ana:abc123@db.example.org/briefdesk" + ENTER);
		this.keyboard.type("search secretariat" + ENTER);
		this.keyboard.type("search --kind org icat-secretariat" + ENTER);
		this.keyboard.type("exit" + ENTER);
		assertThat(KeyboardTerminal.outcome(shell)).isEqualTo(true);
		assertThat(entries(this.shellReader.getHistory())).containsExactly("search secretariat",
				"search --kind org icat-secretariat", "exit");
	}

	@Test
	void theShellsHistoryIsTheOneThatKeepsNoSecrets(@Autowired org.springframework.context.ApplicationContext context) {
		assertThat(context.getBean(History.class)).isInstanceOf(SecretFreeHistory.class);
	}

	@Test
	void upAtThePromptRecallsTheLastCommandNotTheAnswer() {
		CompletableFuture<Boolean> shell = startShell();
		this.keyboard.type("person add --id " + PERSON + ENTER);
		this.keyboard.awaitScreen("Name: ");
		this.keyboard.type("Somebody" + ENTER);
		this.keyboard.awaitScreen("added person");
		// ↑ then ENTER runs the recalled line again: the same add, refused because the id is taken.
		this.keyboard.type(KeyboardTerminal.UP + ENTER);
		this.keyboard.awaitScreen("Name: ");
		this.keyboard.type("Somebody Else" + ENTER);
		this.keyboard.awaitScreen("there is already a person '" + PERSON + "'");
		this.keyboard.type("exit" + ENTER);
		KeyboardTerminal.outcome(shell);
		// JLine keeps a line run twice in a row once.
		assertThat(entries(this.shellReader.getHistory())).containsExactly("person add --id " + PERSON, "exit");
	}

	@Test
	void ctrlCAtAQuestionReturnsToThePromptWithEchoOnAndAddsNothing() {
		CompletableFuture<Boolean> shell = startShell();
		this.keyboard.type("person add --id " + PERSON + ENTER);
		this.keyboard.awaitScreen("Name: ");
		this.keyboard.type("Half a na");
		this.keyboard.awaitScreen("Name: Half a na");
		this.keyboard.type(CTRL_C);
		this.keyboard.awaitScreen("Cancelled; nothing was changed.");
		String screen = this.keyboard.screen();
		assertThat(screen.substring(screen.indexOf("Cancelled"))).as("the prompt is back").contains("briefdesk> ");
		// What is typed at the prompt shows again.
		this.keyboard.type("exi");
		this.keyboard.awaitScreen("briefdesk> exi");
		this.keyboard.type("t" + ENTER);
		assertThat(KeyboardTerminal.outcome(shell)).as("the shell ended only with exit").isEqualTo(true);
		assertThat(this.keyboard.echoes()).as("echo is on after the shell").isTrue();
		assertThat(this.people.exists(PERSON)).isFalse();
	}

	@Test
	void aDateInAFormThatIsRefusedIsAskedAgain() {
		CompletableFuture<Boolean> shell = startShell();
		this.keyboard.type("event add --id prompted-event-2027 --title \"Prompted event\"" + ENTER);
		this.keyboard.awaitScreen("Date (e.g. 18 March 2027, 2027-03-18): ");
		this.keyboard.type("32 March" + ENTER);
		this.keyboard.awaitScreen("March has no day 32");
		this.keyboard.type(CTRL_C);
		this.keyboard.awaitScreen("Cancelled; nothing was changed.");
		this.keyboard.type("exit" + ENTER);
		KeyboardTerminal.outcome(shell);
		assertThat(this.library.list(FactKind.EVENT)).noneMatch(event -> event.id().equals("prompted-event-2027"));
	}

}
