package org.briefdesk.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.stereotype.Component;

/**
 * Right after migration V3 has added {@code fact_search.label_words} (within its
 * transaction), writes the exact value for the rows already there: the folding is
 * Briefdesk's own ({@link SearchIndex#labelWords}), which plain SQL cannot compute alike on
 * H2 and PostgreSQL. Runs once, when V3 is applied.
 */
@Component
class SearchLabelWordsMigration extends DataMigration {

	SearchLabelWordsMigration() {
		super("3", "fill fact_search.label_words");
	}

	@Override
	void migrate(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select kind, id, label, label_words from fact_search");
				PreparedStatement update = connection
					.prepareStatement("update fact_search set label_words = ? where kind = ? and id = ?")) {
			int pending = 0;
			while (rows.next()) {
				String exact = SearchIndex.labelWords(rows.getString(3));
				if (!exact.equals(rows.getString(4))) {
					update.setString(1, exact);
					update.setString(2, rows.getString(1));
					update.setString(3, rows.getString(2));
					update.addBatch();
					if (++pending == 1000) {
						update.executeBatch();
						pending = 0;
					}
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}

}
