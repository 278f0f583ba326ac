/** `unknownBlock` renders nothing in HTML (the warning was given when the tree was built). */
export function unknownBlock(): undefined {
  return undefined
}
