package org.briefdesk.render.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefdesk.render.docx.TemplateCheck.Placeholder;

import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ChartTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.PictImageTemplate;
import com.deepoove.poi.template.PictureTemplate;

/**
 * Compares the placeholders {@link TemplateWalk} found with the ones poi-tl itself found
 * when it compiled the template: one poi-tl sees and the walk did not is in a picture, chart
 * or a place the walk does not name; one the walk saw and poi-tl did not would be printed raw.
 */
final class PoiTlReconciliation {

	private PoiTlReconciliation() {
	}

	/**
	 * Adds a mistake for every tag the two disagree on.
	 * @param placeholders the walk's placeholders, changed in place
	 * @param curlyTags each curly tag the walk saw, as poi-tl spells its source, with the index
	 * of its placeholder
	 * @param found poi-tl's element templates
	 */
	static void compare(List<Placeholder> placeholders, List<Map.Entry<String, Integer>> curlyTags,
			List<MetaTemplate> found) {
		Map<String, Deque<Integer>> seen = new HashMap<>();
		for (Map.Entry<String, Integer> tag : curlyTags) {
			seen.computeIfAbsent(tag.getKey(), key -> new ArrayDeque<>()).add(tag.getValue());
		}
		List<ElementTemplate> unseen = new ArrayList<>();
		flatten(found, seen, unseen);
		for (ElementTemplate element : unseen) {
			String source = element.getSource();
			if (element instanceof PictureTemplate || element instanceof PictImageTemplate
					|| element instanceof ChartTemplate) {
				placeholders.add(new Placeholder("a picture or chart", source, "", "a picture or chart whose title or description is " + source
						+ ": Briefdesk does not fill pictures or charts from data; remove the placeholder from its alt text"));
			}
			else {
				placeholders.add(new Placeholder("a content control or field", source, "", source
						+ " is in a place Briefdesk cannot check (a content control or field); move it into plain text"));
			}
		}
		seen.values().stream().flatMap(Deque::stream).sorted().forEach(index -> {
			Placeholder placeholder = placeholders.get(index);
			placeholders.set(index, new Placeholder(placeholder.where(), placeholder.tag(), placeholder.field(),
					placeholder.tag() + " would be printed as is (it is split by a field, link or tracked change); "
							+ "delete it and type it again in one go"));
		});
	}

	private static void flatten(List<MetaTemplate> templates, Map<String, Deque<Integer>> seen,
			List<ElementTemplate> unseen) {
		for (MetaTemplate template : templates) {
			if (template instanceof BlockTemplate block) {
				match(block.getStartMark(), seen, unseen);
				flatten(block.getTemplates(), seen, unseen);
				match(block.getEndMark(), seen, unseen);
			}
			else if (template instanceof ElementTemplate element) {
				match(element, seen, unseen);
			}
		}
	}

	private static void match(ElementTemplate element, Map<String, Deque<Integer>> seen, List<ElementTemplate> unseen) {
		Deque<Integer> indexes = seen.get(element.getSource());
		if (indexes == null || indexes.isEmpty()) {
			unseen.add(element);
		}
		else {
			indexes.removeFirst();
		}
	}

}
