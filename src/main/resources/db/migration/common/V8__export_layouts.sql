-- Exports in the platforms' own layouts (docs/layouts.md) may lack facts the contract's
-- layout has. Amazon's order reports and its FBA returns report name no buyer: the name
-- is then NULL, never a placeholder, and the decision says it could not be checked. A
-- return also keeps what its export lacked (NotInExport names, ';'-separated), so that
-- its explanation can say so. Portable SQL: H2 2.x and PostgreSQL.
ALTER TABLE rs_order_line ALTER COLUMN buyer_name DROP NOT NULL;

ALTER TABLE rs_return_request ALTER COLUMN buyer_name DROP NOT NULL;

ALTER TABLE rs_return_request ADD COLUMN not_in_export VARCHAR(200) DEFAULT '' NOT NULL;
