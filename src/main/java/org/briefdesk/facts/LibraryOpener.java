package org.briefdesk.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.briefdesk.system.BriefdeskException;
import org.briefdesk.system.DataDirectory;
import org.briefdesk.team.DatabaseSettings;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Applies the library rules when the DataSource is made, which happens only when a command
 * first needs the library ({@code help} and {@code version} never do):
 * <ul>
 * <li>an existing library file is opened;</li>
 * <li>a missing default library is created, empty, when the data directory shows no sign
 * of an earlier one (no backups folder); the sample facts are loaded into it afterwards
 * ({@link LibraryJdbcClient});</li>
 * <li>a data directory that is not a folder (a {@code BRIEFDESK_HOME} that does not exist, a
 * file) is refused with the reason {@link org.briefdesk.system.DataDirectory#refusal()} gave at
 * start;</li>
 * <li>a data directory with backups but no library is refused with a pointer to
 * {@code data restore};</li>
 * <li>a {@code database.properties} that others can read is refused (it may hold a password);</li>
 * <li>a configured H2 path that does not exist is refused, never replaced by an empty
 * library. The URL carries {@code IFEXISTS=TRUE}, so H2 itself never creates one either.</li>
 * </ul>
 * It then wraps the pool in a {@link LibraryDataSource}.
 */
@Component
public class LibraryOpener implements BeanPostProcessor, EnvironmentAware {

	private static final Log log = LogFactory.getLog(LibraryOpener.class);

	private Environment environment;

	private volatile boolean createdNow;

	private volatile LibraryDataSource opened;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource pool) || bean instanceof LibraryDataSource || !"dataSource".equals(beanName)) {
			return bean;
		}
		String refusal = this.environment.getProperty(DatabaseSettings.REFUSAL_PROPERTY);
		if (refusal != null) {
			throw new BriefdeskException(refusal);
		}
		LibraryFiles files = LibraryFiles.from(this.environment);
		if (files.isH2File()) {
			prepare(files);
		}
		LibraryDataSource library = new LibraryDataSource(pool, files);
		this.opened = library;
		return library;
	}

	private void prepare(LibraryFiles files) {
		if (files.exists()) {
			return;
		}
		if (!files.isDefault()) {
			throw new BriefdeskException("there is no library at " + files.databaseFile()
					+ "; check spring.datasource.url (Briefdesk creates a library only in its data directory)");
		}
		String refusal = this.environment.getProperty(DataDirectory.REFUSAL_PROPERTY);
		if (refusal != null) {
			throw new BriefdeskException(refusal);
		}
		if (files.hasTracesOfEarlierLibrary()) {
			throw new BriefdeskException("there is no library in " + files.home() + " but there are backups in "
					+ files.backupsDirectory() + "; `data restore` brings the newest back");
		}
		create(files);
		this.createdNow = true;
	}

	private void create(LibraryFiles files) {
		try {
			Files.createDirectories(files.home());
		}
		catch (IOException failed) {
			throw new BriefdeskException("cannot create the data directory " + files.home() + ": " + failed.getMessage());
		}
		String user = this.environment.getProperty("spring.datasource.username", "sa");
		String password = this.environment.getProperty("spring.datasource.password", "");
		try (Connection ignored = DriverManager.getConnection(files.creatingUrl(), user, password)) {
			log.info("created a new library " + files.databaseFile());
		}
		catch (SQLException failed) {
			if (failed.getErrorCode() == LibraryDataSource.DATABASE_ALREADY_OPEN) {
				throw new BriefdeskException("the library in " + files.home()
						+ " is open in another Briefdesk; close it and try again");
			}
			throw new BriefdeskException("cannot create a library in " + files.home() + ": " + failed.getMessage(),
					failed);
		}
	}

	/** Whether this process created the library (so it is empty and gets the sample facts). */
	public boolean createdNow() {
		return this.createdNow;
	}

	void sampleLoadFinished() {
		this.createdNow = false;
	}

	/** The library's DataSource if it has been opened in this process. */
	public java.util.Optional<LibraryDataSource> opened() {
		return java.util.Optional.ofNullable(this.opened);
	}

	LibraryFiles files() {
		return LibraryFiles.from(this.environment);
	}

}
