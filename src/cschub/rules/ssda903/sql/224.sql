-- 224: The Ofsted URN provided for the child's placement does not match the placement provider
-- recorded: for a URN other than XXXXXXX that is in the Ofsted provider lists, PLACE_PROVIDER must
-- be one of the provider's placement provider codes (lists separated by commas, slashes,
-- semicolons or spaces). A URN not in the lists is left to rule 1008.
-- needs: providers
SELECT 'Episodes' AS tbl, e.row_no
FROM episodes e
WHERE e.urn IS NOT NULL AND upper(e.urn) <> 'XXXXXXX'
  AND EXISTS (SELECT 1 FROM providers p WHERE trim(p.urn) = e.urn AND p.provider_codes IS NOT NULL)
  AND NOT EXISTS (
      SELECT 1 FROM providers p
      WHERE trim(p.urn) = e.urn
        AND ',' || replace(replace(replace(upper(p.provider_codes), ' ', ','), ';', ','), '/', ',')
            || ',' LIKE '%,' || upper(e.place_provider) || ',%')
