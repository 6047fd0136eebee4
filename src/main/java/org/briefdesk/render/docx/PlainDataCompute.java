package org.briefdesk.render.docx;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.deepoove.poi.render.compute.EnvModel;
import com.deepoove.poi.render.compute.RenderDataCompute;
import com.deepoove.poi.render.compute.RenderDataComputeFactory;

/**
 * Evaluates a placeholder's name ({@code event.title}) over the plain maps and lists of
 * {@link org.briefdesk.render.TemplateData}, in place of poi-tl's expression language: it
 * reads map keys and nothing else, so a template can name data but never call anything.
 *
 * <p>It also gives condition blocks the meaning a template author expects. poi-tl shows a
 * block {@code {{?x}}…{{/x}}} once for any value that is not a list, even an empty text, and
 * then evaluates the block's inside against that text. Here a text or number is handed over
 * as a {@link Scalar}: printed, it is its value; as a block, it is a list of no element when
 * empty (or zero), so the block disappears, and of one element otherwise, which evaluates the
 * inside of the block in the surrounding scope. So {@code {{?bio}}Biography: {{bio}}{{/bio}}}
 * shows a biography only where one is known.
 */
final class PlainDataCompute implements RenderDataCompute {

	/** The factory poi-tl calls for every scope: the document, each loop element, each block. */
	static final RenderDataComputeFactory FACTORY = PlainDataCompute::forScope;

	private final Object root;

	private final Map<String, Object> env;

	private PlainDataCompute(Object root, Map<String, Object> env) {
		this.root = root;
		this.env = env == null ? Map.of() : env;
	}

	private static RenderDataCompute forScope(EnvModel model) {
		if (model.getRoot() instanceof SameScope same) {
			return same.compute();
		}
		return new PlainDataCompute(model.getRoot(), model.getEnv());
	}

	@Override
	public Object compute(String name) {
		if (this.env.containsKey(name)) {
			// _index, _is_first, _is_last, _has_next...: poi-tl's loop variables
			return wrap(this.env.get(name));
		}
		Object value = this.root;
		for (String key : name.split("\\.", -1)) {
			if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
				return null; // unknown: the abort handler stops the export (template check says where)
			}
			value = map.get(key);
		}
		return wrap(value);
	}

	private Object wrap(Object value) {
		if (value instanceof String || value instanceof Number) {
			return new Scalar(value, this);
		}
		return value;
	}

	/** A text or number: prints as its value, acts as a condition in a block. */
	static final class Scalar implements Iterable<Object> {

		private final Object value;

		private final RenderDataCompute scope;

		Scalar(Object value, RenderDataCompute scope) {
			this.value = value;
			this.scope = scope;
		}

		Object value() {
			return this.value;
		}

		boolean isEmpty() {
			if (this.value instanceof Number number) {
				return number.doubleValue() == 0;
			}
			return this.value.toString().isBlank();
		}

		@Override
		public Iterator<Object> iterator() {
			List<Object> once = isEmpty() ? Collections.emptyList() : List.of(new SameScope(this.scope));
			return once.iterator();
		}

		@Override
		public String toString() {
			return this.value.toString();
		}

	}

	/** The one "element" of a condition that holds: evaluate the block in the scope around it. */
	private record SameScope(RenderDataCompute compute) {
	}

}
