/**
 * What every feature shares and no feature owns: the data directory, the settings, the
 * exceptions whose message is the one line a user sees, text for a terminal (display
 * widths, tables, control characters made visible), and the edit distance behind every
 * "did you mean". No feature logic lives here.
 */
package org.briefdesk.system;
