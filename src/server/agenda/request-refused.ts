/** A write the BFF refuses itself, before asking Docplanner: the request cannot be carried out. */
export class RequestRefusedError extends Error {}
