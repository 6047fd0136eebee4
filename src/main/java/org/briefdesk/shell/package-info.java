/**
 * The thin shell: the runner for one-shot, script and interactive use, help, and the command
 * classes of every noun. A command parses its options, calls one feature service and prints
 * the result; logic that grows past that belongs in its feature package.
 */
package org.briefdesk.shell;
