package org.briefdesk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.briefdesk.support.LoopBack;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Every package dependency points one way: no package uses one that uses it back, directly
 * or round a longer loop. The features are checked as wholes (render with its engines) and
 * package by package, the root package included, so that an import that closes a loop fails
 * here with the classes that make it.
 */
public class PackageDependenciesTest {

	private static final String ROOT = "org.briefdesk";

	private static final JavaClasses BRIEFDESK = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void noFeatureDependsOnOneThatDependsOnItBack() {
		slices().assignedFrom(new Assignment(true)).should().beFreeOfCycles().check(BRIEFDESK);
	}

	@Test
	void noPackageDependsOnOneThatDependsOnItBack() {
		slices().assignedFrom(new Assignment(false)).should().beFreeOfCycles().check(BRIEFDESK);
	}

	@Test
	void theRuleFindsALoopThroughTheRootPackage() {
		JavaClasses loop = new ClassFileImporter().importClasses(RootUser.class, LoopBack.class);
		assertThatThrownBy(
					() -> slices().assignedFrom(new Assignment(false)).should().beFreeOfCycles().check(loop))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle");
	}

	/** A class's slice: its package, or with {@code features} the first package below the root. */
	private record Assignment(boolean features) implements SliceAssignment {

		@Override
		public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
			String name = javaClass.getPackageName();
			if (!name.equals(ROOT) && !name.startsWith(ROOT + ".")) {
				return SliceIdentifier.ignore();
			}
			if (this.features && !name.equals(ROOT)) {
				return SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0]);
			}
			return SliceIdentifier.of(name);
		}

		@Override
		public String getDescription() {
			return this.features ? "the features below " + ROOT : "every package of " + ROOT;
		}

	}

	/** In the root package, uses a class of another package that uses it back (as shell/ once named the application). */
	public static class RootUser {

		LoopBack back;

	}

}
