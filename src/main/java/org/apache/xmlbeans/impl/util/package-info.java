/**
 * One class of XMLBeans 5.3.0 written anew, because it is on the path of every Word export:
 * POI's first document loads the OOXML type system, whose index (358 KB of schema names)
 * XMLBeans reads a string at a time through a lambda called for every byte, with a new 4 KB
 * buffer per string — 40 ms of a one-shot {@code export docx}, all of it in the interpreter.
 * Briefdesk's classes come first on every class path it runs from (the launcher's jar, the
 * Spring Boot jar, the tests), so this class is the one used. It reads each string's bytes at
 * once and decodes them with the same rules and the same errors;
 * {@code XmlBeansStringReaderTest} compares it, method by method and string by string, with
 * the original in the XMLBeans jar, so a new XMLBeans that changes the class fails the build
 * instead of running with a stale copy.
 */
package org.apache.xmlbeans.impl.util;
