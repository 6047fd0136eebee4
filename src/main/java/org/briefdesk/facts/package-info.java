/**
 * The fact library: organisations, people, priority sets, statistics (with their newer
 * editions), quotes, events and chairpersonships (who chairs when) as records; their repositories (Spring {@code JdbcClient} over the Flyway schema
 * {@code db/migration/V1__facts.sql}); the services that add, change, remove and search
 * facts; import and export (YAML, CSV), one {@link org.briefdesk.facts.LibraryEntries} per
 * top-level key of the data files, which other features extend; the sample library;
 * backups; the one id rule for facts and briefings ({@link org.briefdesk.facts.FactIds}). Where the library lives and when it may be created is decided by
 * {@link org.briefdesk.facts.LibraryOpener}. Nothing here knows the shell or the features
 * built on it.
 */
package org.briefdesk.facts;
