/**
 * Statutory returns: the DfE Children in Need census. Owns the census model of one council's collection year
 * ({@link org.cinplan.returns.CensusChild} and its modules), which children and modules the DfE guide includes
 * ({@link org.cinplan.returns.CensusScope}), the streaming XML writer of the year's specification
 * ({@link org.cinplan.returns.CensusXmlWriter}), the DfE validation rules with their codes and messages
 * ({@link org.cinplan.returns.CensusValidator}) and the read-only mapping from what casework records into that model
 * ({@link org.cinplan.returns.CensusReadModel}). It only reads other areas' data; nothing depends on it but the web.
 */
package org.cinplan.returns;
