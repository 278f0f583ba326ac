/** True when the request carries `Authorization: Bearer <token>` with the right token (compared in constant time). */
export function hasPreviewToken(request: Request, token: string | undefined): boolean {
  if (!token) return false
  const header = request.headers.get('authorization') ?? ''
  const given = header.startsWith('Bearer ') ? header.slice(7) : ''
  return constantTimeEqual(given, token)
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a)
  const right = new TextEncoder().encode(b)
  let difference = left.length ^ right.length
  for (let index = 0; index < right.length; index++) difference |= (left[index] ?? 0) ^ (right[index] ?? 0)
  return difference === 0
}
