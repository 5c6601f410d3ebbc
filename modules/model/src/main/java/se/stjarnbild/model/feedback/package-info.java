/**
 * What the reference groups said: feedback rounds on candidate stars, each member's personal
 * invitation and answers, and each group's conclusions from its sessions. It reads the groups,
 * the stars and the meetings; none of them reads it, which keeps the model's packages acyclic.
 */
package se.stjarnbild.model.feedback;
