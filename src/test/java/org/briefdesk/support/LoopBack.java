package org.briefdesk.support;

import org.briefdesk.PackageDependenciesTest;

/** Closes a package loop on purpose, for the test that shows the cycle rule sees the root package. */
public class LoopBack {

	PackageDependenciesTest.RootUser root;

}
