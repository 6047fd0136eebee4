package org.briefdesk.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.shell.jline.tui.table.Aligner;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.CellMatchers;
import org.springframework.shell.jline.tui.table.SizeConstraints;
import org.springframework.shell.jline.tui.table.TableBuilder;
import org.springframework.shell.jline.tui.table.TableModelBuilder;
import org.springframework.shell.jline.tui.table.TextWrapper;

/**
 * Tables for the terminal with Spring Shell's {@link TableBuilder}, sized, wrapped and padded
 * by display width (see {@link DisplayWidth}): Shell's own defaults count chars, which
 * misaligns a column as soon as a name is written in Chinese.
 */
public final class TextTables {

	/** No column is narrowed below this many columns of text. */
	private static final int MIN_WORD = 3;

	/** Blank columns on each side of a cell's text. */
	private static final int PADDING = 1;

	private TextTables() {
	}

	/**
	 * A table with a header row in a box, fitted to {@code width} columns. When the longest
	 * words do not all fit, the columns with the longest words (prose, not the first column of
	 * ids when that can be helped) are the ones whose words are broken, and only as much as the
	 * width needs.
	 */
	public static String render(List<String> headers, List<List<String>> rows, int width) {
		TableModelBuilder<String> model = new TableModelBuilder<>();
		model.addRow();
		headers.forEach(model::addValue);
		for (List<String> row : rows) {
			model.addRow();
			row.forEach(cell -> model.addValue(cell == null ? "" : cell));
		}
		int[] caps = caps(longestWords(headers, rows), width);
		TableBuilder builder = new TableBuilder(model.build());
		for (int column = 0; column < caps.length; column++) {
			builder.on(CellMatchers.column(column)).addSizer(sizer(caps[column])).addWrapper(WRAPPER).addAligner(ALIGNER);
		}
		return builder.addHeaderAndVerticalsBorders(BorderStyle.fancy_light).build().render(width);
	}

	private static int[] longestWords(List<String> headers, List<List<String>> rows) {
		int[] longest = new int[headers.size()];
		List<List<String>> all = new ArrayList<>(rows);
		all.add(headers);
		for (List<String> row : all) {
			for (int column = 0; column < Math.min(row.size(), longest.length); column++) {
				String cell = row.get(column) == null ? "" : row.get(column);
				for (String word : cell.split("[ \n]")) {
					longest[column] = Math.max(longest[column], DisplayWidth.of(word));
				}
			}
		}
		return longest;
	}

	/**
	 * The widest word each column keeps whole: all of them when they fit; else one cap, as high
	 * as fits, on every column but the first; else on every column.
	 */
	private static int[] caps(int[] longest, int width) {
		int[] caps = longest.clone();
		if (needed(caps) <= width) {
			return caps;
		}
		for (int from : new int[] { 1, 0 }) {
			int cap = Arrays.stream(longest).max().orElse(0);
			while (cap > MIN_WORD) {
				for (int column = from; column < caps.length; column++) {
					caps[column] = Math.min(longest[column], cap);
				}
				if (needed(caps) <= width) {
					return caps;
				}
				cap--;
			}
		}
		return caps;
	}

	/** Columns a table takes whose columns are as wide as their caps: bars, padding, text. */
	private static int needed(int[] widths) {
		int needed = widths.length + 1;
		for (int wordWidth : widths) {
			needed += wordWidth + 2 * PADDING;
		}
		return needed;
	}

	/**
	 * A column wants its longest line; it needs its longest word, up to {@code cap} columns,
	 * so that a narrow table breaks long words rather than running past the edge.
	 */
	private static SizeConstraints sizer(int cap) {
		return (raw, tableWidth, columns) -> {
			int min = 0;
			int max = 0;
			for (String line : raw) {
				for (String word : line.split(" ")) {
					min = Math.max(min, Math.min(DisplayWidth.of(word), cap));
				}
				max = Math.max(max, DisplayWidth.of(line));
			}
			return new SizeConstraints.Extent(min + 2 * PADDING, Math.max(min, max) + 2 * PADDING);
		};
	}

	private static final TextWrapper WRAPPER = (original, columnWidth) -> {
		List<String> lines = new ArrayList<>();
		for (String line : original) {
			for (String wrapped : DisplayWidth.wrap(line, Math.max(1, columnWidth - 2 * PADDING))) {
				lines.add(DisplayWidth.padRight(wrapped, columnWidth));
			}
		}
		return lines.toArray(String[]::new);
	};

	/**
	 * Runs after Shell's default left aligner (which pads by chars): trims and pads again by
	 * columns, with the padding on the left.
	 */
	private static final Aligner ALIGNER = (text, cellWidth, cellHeight) -> {
		String[] aligned = new String[cellHeight];
		String padding = " ".repeat(PADDING);
		for (int i = 0; i < cellHeight; i++) {
			String line = i < text.length && text[i] != null ? text[i].strip() : "";
			aligned[i] = DisplayWidth.padRight(padding + line, cellWidth);
		}
		return aligned;
	};

}
