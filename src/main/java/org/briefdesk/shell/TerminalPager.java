package org.briefdesk.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Shows text a screen at a time at the prompt: SPACE the next page, ENTER the next line, q to
 * stop. Written lines go to the terminal as they are, so that the tables' box-drawing
 * characters stay what they are (JLine's {@code less} redraws them through the terminal's
 * alternate character set, which comes out as "qqqq" in tmux).
 */
final class TerminalPager {

	private static final String PROMPT = "-- %d%% -- SPACE next page · ENTER next line · q quit --";

	private TerminalPager() {
	}

	static void page(Terminal terminal, String text) {
		List<String> lines = text.lines().toList();
		PrintWriter out = terminal.writer();
		int pageSize = Math.max(1, terminal.getHeight() - 1);
		if (lines.size() <= pageSize) {
			lines.forEach(out::println);
			out.flush();
			return;
		}
		Attributes saved = terminal.enterRawMode();
		try {
			int shown = 0;
			int until = pageSize;
			while (shown < lines.size()) {
				while (shown < Math.min(until, lines.size())) {
					out.println(lines.get(shown++));
				}
				if (shown >= lines.size()) {
					break;
				}
				out.print(String.format(PROMPT, shown * 100 / lines.size()));
				out.flush();
				int key = readKey(terminal);
				out.print("\r\033[K");
				if (key < 0 || key == 'q' || key == 'Q' || key == 3 || key == 27) {
					break;
				}
				until = key == '\r' || key == '\n' || key == 'j' ? shown + 1 : shown + pageSize;
			}
		}
		finally {
			terminal.setAttributes(saved);
			out.flush();
		}
	}

	private static int readKey(Terminal terminal) {
		try {
			int key;
			do {
				key = terminal.reader().read();
			}
			while (key == -2);
			return key;
		}
		catch (IOException unreadable) {
			return -1;
		}
	}

}
