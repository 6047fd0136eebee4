package org.briefdesk.render;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the template data model into what a template engine sees: maps of strings, numbers
 * and lists, nothing with a method to call. Templates are data, never code: whatever the
 * engine allows, it finds no object here to reach files, the network or the program.
 */
public final class TemplateData {

	private TemplateData() {
	}

	public static Map<String, Object> of(Record model) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (RecordComponent component : model.getClass().getRecordComponents()) {
			map.put(TemplateFields.nameOf(component), plain(read(component, model)));
		}
		return map;
	}

	private static Object plain(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Record record) {
			return of(record);
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = new ArrayList<>(collection.size());
			for (Object element : collection) {
				list.add(plain(element));
			}
			return list;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value;
		}
		return value.toString();
	}

	private static Object read(RecordComponent component, Record model) {
		try {
			return component.getAccessor().invoke(model);
		}
		catch (ReflectiveOperationException impossible) {
			throw new IllegalStateException("cannot read " + component.getName(), impossible);
		}
	}

}
