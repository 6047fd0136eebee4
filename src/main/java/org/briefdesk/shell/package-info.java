/**
 * The thin shell: the runner for one-shot, script and interactive use, help, and the command
 * classes of every noun. A command parses its options, calls one feature service and prints
 * the result through {@link org.briefdesk.shell.Output}, which {@link org.briefdesk.shell.OutputPolicy}
 * hands it: tables fitted to a terminal or tab-separated in a pipe, {@code --json} (declared
 * once, by {@link org.briefdesk.shell.JsonOption}), control characters escaped. Whatever waits
 * for a person (questions, selectors, confirmations, the pager) goes through
 * {@link org.briefdesk.shell.Prompts}: Ctrl-C cancels the step and restores the terminal, a
 * refused answer is asked again, answers stay out of the history. Logic that grows past that
 * belongs in its feature package.
 */
package org.briefdesk.shell;
