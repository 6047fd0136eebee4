package org.briefdesk.facts;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.briefdesk.system.BriefdeskException;
import org.briefdesk.team.Change;
import org.briefdesk.team.ChangeLog;
import org.briefdesk.team.DatabaseSettings;
import org.briefdesk.team.DatabaseUrls;
import org.briefdesk.team.LibraryTables;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * What {@code data info} says about the library: which store holds it (the embedded file, or
 * the server, its URL without any password, and the user), where that setting came from, the
 * schema version, how many of each kind it holds, and the change log's size and latest line.
 */
@Service
public class LibraryInfo {

	/**
	 * @param embedded whether it is the embedded H2 store
	 * @param store "embedded (H2 2.3.232), /home/x/.briefdesk/library.mv.db" or "PostgreSQL 15.18"
	 * @param url the URL, a password in it masked
	 * @param user the user it logs in as (null for the embedded store)
	 * @param configuredBy where the URL came from: BRIEFDESK_DB_URL, a database.properties, or null
	 * @param schemaVersion the version of the newest migration applied
	 * @param kinds the kinds of entry, each with its rows ({@link LibraryTables#counted})
	 * @param changes how many changes the log holds
	 * @param latest the newest change, if any
	 */
	public record Info(boolean embedded, String store, String url, String user, String configuredBy,
			String schemaVersion, Map<String, Long> kinds, int changes, Optional<Change> latest) {
	}

	private final LibraryOpener opener;

	private final ObjectProvider<DataSource> dataSource;

	private final ObjectProvider<Flyway> flyway;

	private final ChangeLog changes;

	private final Environment environment;

	public LibraryInfo(LibraryOpener opener, ObjectProvider<DataSource> dataSource, ObjectProvider<Flyway> flyway,
			ChangeLog changes, Environment environment) {
		this.opener = opener;
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.changes = changes;
		this.environment = environment;
	}

	public Info describe() {
		// through the application's client first: a first start creates the library and loads the samples
		int changeCount = this.changes.count();
		LibraryFiles files = this.opener.files();
		Map<String, Long> kinds = new LinkedHashMap<>();
		String product;
		String user;
		try (Connection connection = this.dataSource.getObject().getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			product = metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
			user = metadata.getUserName();
			for (LibraryTables.Table table : LibraryTables.read(connection)) {
				if (table.isKind()) {
					kinds.put(table.name(), LibraryTables.count(connection, table.name()));
				}
			}
		}
		catch (SQLException failed) {
			throw new BriefdeskException("cannot read the library's tables: " + failed.getMessage(), failed);
		}
		MigrationInfo current = this.flyway.getObject().info().current();
		String version = current == null ? "none" : current.getVersion() + " (" + current.getDescription() + ")";
		List<Change> latest = this.changes.latest(new ChangeLog.Query(null, null, 1));
		boolean embedded = files.isH2File();
		String store = embedded ? "embedded (" + product + "), " + files.databaseFile() : product;
		return new Info(embedded, store, DatabaseUrls.withoutPassword(files.url()), embedded ? null : user,
				this.environment.getProperty(DatabaseSettings.SOURCE_PROPERTY), version, LibraryTables.inKindOrder(kinds),
				changeCount,
				latest.stream().findFirst());
	}

}
