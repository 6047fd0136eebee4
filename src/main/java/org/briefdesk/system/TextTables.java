package org.briefdesk.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.jline.tui.table.Aligner;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.CellMatchers;
import org.springframework.shell.jline.tui.table.SizeConstraints;
import org.springframework.shell.jline.tui.table.TableBuilder;
import org.springframework.shell.jline.tui.table.TableModel;
import org.springframework.shell.jline.tui.table.TableModelBuilder;
import org.springframework.shell.jline.tui.table.TextWrapper;

/**
 * Tables for the terminal with Spring Shell's {@link TableBuilder}, sized, wrapped and padded
 * by display width (see {@link DisplayWidth}): Shell's own defaults count chars, which
 * misaligns a column as soon as a name is written in Chinese.
 */
public final class TextTables {

	/** A word longer than this may be broken when the table is too narrow for it. */
	private static final int LONGEST_UNBROKEN_WORD = 40;

	/** Blank columns on each side of a cell's text. */
	private static final int PADDING = 1;

	private TextTables() {
	}

	/** A table with a header row and rules under it, as lists print. */
	public static String render(List<String> headers, List<List<String>> rows, int width) {
		TableModelBuilder<String> model = new TableModelBuilder<>();
		model.addRow();
		headers.forEach(model::addValue);
		for (List<String> row : rows) {
			model.addRow();
			row.forEach(cell -> model.addValue(cell == null ? "" : cell));
		}
		TableBuilder builder = fitsWithoutBreakingWords(headers, rows, width) ? builder(model.build(), sizer(false))
				: builder(model.build());
		return builder.addHeaderAndVerticalsBorders(BorderStyle.fancy_light).build().render(width);
	}

	/** Whether every column can be as wide as its longest word (an id, a date) within the width. */
	private static boolean fitsWithoutBreakingWords(List<String> headers, List<List<String>> rows, int width) {
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
		int needed = longest.length + 1; // the vertical rules
		for (int wordWidth : longest) {
			needed += wordWidth + 2 * PADDING;
		}
		return needed <= width;
	}

	/**
	 * A table builder over the model, with display-width sizing, wrapping and alignment for
	 * every cell, and a blank column each side of the text.
	 */
	public static TableBuilder builder(TableModel model) {
		return builder(model, SIZER);
	}

	private static TableBuilder builder(TableModel model, SizeConstraints sizer) {
		TableBuilder builder = new TableBuilder(model);
		builder.on(CellMatchers.table())
			.addSizer(sizer)
			.addWrapper(WRAPPER)
			.addAligner(ALIGNER);
		return builder;
	}

	/**
	 * A column wants its longest line; it needs its longest word, but no more than its share of
	 * the width (or {@link #LONGEST_UNBROKEN_WORD}), so that a narrow table breaks long words
	 * rather than running past the edge.
	 */
	private static final SizeConstraints SIZER = sizer(true);

	private static SizeConstraints sizer(boolean mayBreakWords) {
		return (raw, tableWidth, columns) -> {
			int share = Math.max(3, tableWidth / Math.max(1, columns) - 2 * PADDING);
			int cap = mayBreakWords ? Math.min(LONGEST_UNBROKEN_WORD, share) : Integer.MAX_VALUE;
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
