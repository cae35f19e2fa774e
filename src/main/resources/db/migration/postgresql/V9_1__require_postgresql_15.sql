-- The history's updates use MERGE, which PostgreSQL has from version 15: refuse an older
-- server here, once and before any run, rather than on the first night that sees a key
-- again. SQLSTATE RS150 tells the start-up what this failure is (run/Failures.java).
DO $$
BEGIN
	IF current_setting('server_version_num')::integer < 150000 THEN
		RAISE EXCEPTION 'ReturnScope needs PostgreSQL 15 or later; this server is %',
			current_setting('server_version') USING ERRCODE = 'RS150';
	END IF;
END
$$;
