package dk.unilogin.helper.app.insights;

import javax.sql.DataSource;

class InsightsQueriesH2Test extends InsightsQueriesContract {

    @Override
    DataSource dataSource() {
        return TestDatabases.h2();
    }
}
