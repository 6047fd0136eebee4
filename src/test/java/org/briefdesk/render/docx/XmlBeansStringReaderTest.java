package org.briefdesk.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.impl.util.LongUTFDataInputStream;
import org.apache.xmlbeans.impl.util.LongUTFDataOutputStream;
import org.apache.xmlbeans.impl.xb.xsdschema.SchemaDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Briefdesk's {@link LongUTFDataInputStream} (the faster reader of XMLBeans' schema strings,
 * see its package-info) against the original class in the XMLBeans jar, loaded on its own:
 * the same public methods, the same strings, the same errors.
 */
class XmlBeansStringReaderTest {

	private static URLClassLoader xmlBeansAlone;

	private static Class<?> original;

	@BeforeAll
	static void loadTheOriginalFromTheXmlBeansJar() throws Exception {
		URL jar = XmlBeans.class.getProtectionDomain().getCodeSource().getLocation();
		xmlBeansAlone = new URLClassLoader(new URL[] { jar }, ClassLoader.getPlatformClassLoader());
		original = xmlBeansAlone.loadClass(LongUTFDataInputStream.class.getName());
	}

	@AfterAll
	static void close() throws IOException {
		xmlBeansAlone.close();
	}

	@Test
	void briefdesksClassIsTheOneTheApplicationLoads() {
		URL ours = LongUTFDataInputStream.class.getProtectionDomain().getCodeSource().getLocation();
		URL theirs = XmlBeans.class.getProtectionDomain().getCodeSource().getLocation();
		assertThat(ours).isNotEqualTo(theirs);
		assertThat(original.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(theirs);
	}

	@Test
	void itHasExactlyTheOriginalsPublicConstructorsAndMethods() {
		assertThat(signatures(LongUTFDataInputStream.class)).isEqualTo(signatures(original));
		assertThat(LongUTFDataInputStream.class.getSuperclass()).isEqualTo(original.getSuperclass());
	}

	@Test
	void itReadsEveryKindOfStringAsTheOriginalDoes() throws Exception {
		List<String> strings = new ArrayList<>(List.of("", "a", "complexType", "Müller", "Антонова", "中文名字",
				"نور", "nul \0 inside", "\0", "emoji 😀 pair", "\uD800 lone surrogate", "tab\tand\r\nbreaks",
				"x".repeat(4095), "é".repeat(2048), "y".repeat(4097)));
		strings.add("long ".repeat(14_000) + "é and 中"); // over 65,535 bytes: the int length
		strings.add("z".repeat(65_534));
		strings.add("z".repeat(65_535));
		byte[] encoded = encode(strings);

		List<String> ours = readAll(new LongUTFDataInputStream(new ByteArrayInputStream(encoded)), strings.size());
		List<String> theirs = readAllWithOriginal(encoded, strings.size());

		assertThat(ours).isEqualTo(theirs).isEqualTo(strings);
	}

	@Test
	void itRefusesBrokenBytesWithTheOriginalsErrors() throws Exception {
		List<byte[]> broken = List.of(
				utf(0x80), // a continuation byte first
				utf(0xF0, 0x9F, 0x98, 0x80), // a four-byte sequence: not modified UTF-8
				utf('a', 0xC3), // a two-byte character cut at the end
				utf('a', 0xE4, 0xB8), // a three-byte one cut at the end
				utf(0xC3, 0x28), // a bad second byte
				utf(0xE4, 0x28, 0xAD), // a bad second byte of three
				utf(0xE4, 0xB8, 0x28), // a bad third byte
				new byte[] { 0, 10, 'a', 'b' }, // the stream ends before the string
				new byte[] { 0 }); // before its length
		for (byte[] bytes : broken) {
			Throwable ours = failureOf(() -> new LongUTFDataInputStream(new ByteArrayInputStream(bytes)).readLongUTF());
			Throwable theirs = failureOf(() -> readAllWithOriginal(bytes, 1));
			assertThat(ours).as(Arrays.toString(bytes)).isNotNull();
			assertThat(ours.getClass()).as(Arrays.toString(bytes)).isEqualTo(theirs.getClass());
			assertThat(ours.getMessage()).as(Arrays.toString(bytes)).isEqualTo(theirs.getMessage());
		}
	}

	@Test
	void xmlBeansStillLoadsItsSchemaTypesThroughIt() {
		// A type system XMLBeans ships: its index's strings all go through the reader.
		assertThat(SchemaDocument.type.getDocumentElementName().getLocalPart()).isEqualTo("schema");
		assertThat(SchemaDocument.type.getTypeSystem().globalTypes()).isNotEmpty();
	}

	private static Set<String> signatures(Class<?> type) {
		Set<String> signatures = new TreeSet<>();
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (Modifier.isPublic(constructor.getModifiers())) {
				signatures.add("new" + Arrays.toString(constructor.getParameterTypes()));
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) {
				signatures.add(Modifier.toString(method.getModifiers()) + " " + method.getReturnType().getName() + " "
						+ method.getName() + Arrays.toString(method.getParameterTypes()));
			}
		}
		return signatures;
	}

	private static byte[] encode(List<String> strings) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (LongUTFDataOutputStream out = new LongUTFDataOutputStream(bytes)) {
			for (String string : strings) {
				out.writeLongUTF(string);
			}
		}
		return bytes.toByteArray();
	}

	/** A string's bytes after its two-byte length, as the writer lays them out. */
	private static byte[] utf(int... values) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeShort(values.length);
			for (int value : values) {
				out.write(value);
			}
		}
		return bytes.toByteArray();
	}

	private static List<String> readAll(LongUTFDataInputStream in, int count) throws IOException {
		List<String> strings = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			strings.add(in.readLongUTF());
		}
		return strings;
	}

	private static List<String> readAllWithOriginal(byte[] bytes, int count) throws Exception {
		DataInputStream in = (DataInputStream) original.getConstructor(InputStream.class)
			.newInstance(new ByteArrayInputStream(bytes));
		Method read = original.getMethod("readLongUTF");
		List<String> strings = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				strings.add((String) read.invoke(in));
			}
		}
		catch (InvocationTargetException failure) {
			throw (Exception) failure.getCause();
		}
		return strings;
	}

	private interface Failing {

		void run() throws Exception;

	}

	private static Throwable failureOf(Failing action) {
		try {
			action.run();
			return null;
		}
		catch (Exception failure) {
			return failure;
		}
	}

}
