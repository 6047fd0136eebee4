/**
 * What every feature shares and no feature owns: the data directory, the settings, the
 * exceptions whose message is the one line a user sees, and text for a terminal (display
 * widths, tables, control characters made visible). No feature logic lives here.
 */
package org.briefdesk.system;
