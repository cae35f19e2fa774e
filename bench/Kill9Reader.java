import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * bench/kill9.sh's second process: reads the job repository of an H2 file served over
 * AUTO_SERVER every 100 ms, as the kill -9 test read it while the job ran; with a second
 * argument, once. Run as a single source file: java -cp h2.jar bench/Kill9Reader.java URL.
 */
public class Kill9Reader {

	public static void main(String[] args) throws Exception {
		boolean once = args.length > 1;
		while (true) {
			try (Connection connection = DriverManager.getConnection(args[0] + ";IFEXISTS=TRUE", "sa", "");
					PreparedStatement query = connection.prepareStatement(
							"SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STATUS = 'STARTED' AND COMMIT_COUNT >= 1");
					ResultSet rows = query.executeQuery()) {
				rows.next();
			}
			catch (SQLException ex) {
				// the server is closing or not there yet: look again
				if (once) {
					throw ex;
				}
			}
			if (once) {
				return;
			}
			Thread.sleep(100);
		}
	}

}
