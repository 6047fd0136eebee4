/**
 * Briefdesk keeps a library of sourced facts and turns them into briefing packs. The
 * packages below are features (facts, briefing, render) plus the thin shell that drives
 * them and the system pieces they share; this package only starts the program. Dependencies
 * point one way, checked by {@code PackageDependenciesTest}: shell uses the features and
 * this package uses shell; briefing uses facts and render; render and facts use neither;
 * everything may use system, which uses nothing of Briefdesk.
 */
package org.briefdesk;
