package org.briefdesk.shell;

import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.InfoCmp;

/**
 * Which of JLine's terminal providers makes the shell's terminal. JLine's first choice on JDK 22
 * and later, its FFM provider, links a dozen native calls on every start (30-40 ms of the way
 * to the prompt), and JLine tries every provider it may use before it picks one: the exec
 * provider by starting {@code test -t} (one process at a terminal, four for a shell reading a
 * pipe). Its JNI provider, the one JDK 17 gets, loads one small library and does all the same.
 * So when that library loads here, the terminal is made by the JNI provider alone; when it
 * cannot load (no writable temporary folder, an unusual platform), or when the user chose with
 * {@code -Dorg.jline.terminal.*}, JLine's own order stands.
 */
final class TerminalProviders {

	/** The system properties by which a user chooses JLine's providers. */
	static final List<String> USER_CHOICES = List.of(TerminalBuilder.PROP_PROVIDER, TerminalBuilder.PROP_PROVIDERS,
			TerminalBuilder.PROP_FFM, TerminalBuilder.PROP_JNI, TerminalBuilder.PROP_JANSI, TerminalBuilder.PROP_JNA,
			TerminalBuilder.PROP_EXEC);

	private TerminalProviders() {
	}

	/** Whether the terminal is to be made by the JNI provider alone. */
	static boolean jniAlone(Properties system, BooleanSupplier jniLoads) {
		return USER_CHOICES.stream().noneMatch(system::containsKey) && jniLoads.getAsBoolean();
	}

	/**
	 * Whether JLine's JNI provider and its native library load on this machine: JLine's own
	 * probe of a provider, a question about standard output, answered.
	 */
	static boolean jniLoads() {
		try {
			TerminalProvider jni = TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI);
			jni.isSystemStream(SystemStream.Output);
			return true;
		}
		catch (Exception | LinkageError unavailable) {
			return false;
		}
	}

	/** Applies the choice to the shell's terminal builder. */
	static void choose(TerminalBuilder builder) {
		if (jniAlone(System.getProperties(), TerminalProviders::jniLoads)) {
			builder.jni(true).ffm(false).jansi(false).jna(false).exec(false);
		}
		// A shell reading a pipe or file has a dumb terminal, whose capabilities JLine would ask
		// the system's infocmp for, in a process of its own; JLine's own description of a dumb
		// terminal says what there is to say (nothing).
		for (String dumb : List.of("dumb", "dumb-color")) {
			if (InfoCmp.getLoadedInfoCmp(dumb) == null && InfoCmp.getDefaultInfoCmp(dumb) != null) {
				InfoCmp.setLoadedInfoCmp(dumb, InfoCmp.getDefaultInfoCmp(dumb));
			}
		}
	}

}
