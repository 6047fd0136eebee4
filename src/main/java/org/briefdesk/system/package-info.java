/**
 * What every feature shares and no feature owns: the data directory, the settings, and the
 * exceptions whose message is the one line a user sees. No feature logic lives here.
 */
package org.briefdesk.system;
