/** The element's tag name. */
export const tagName = 'b24-attached-vote';
