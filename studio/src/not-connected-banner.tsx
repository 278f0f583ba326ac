import {createClient, type RequestHandler} from '@sanity/client'
import {Card, Flex, Stack, Text} from '@sanity/ui'
import {createMockAuthStore, type AuthStore, type CurrentUser, type LayoutProps} from 'sanity'

import type {StudioEnvironment} from './environment.ts'

/** The sentence a newcomer sees at the top of every screen when no project is set; tests look for it. */
export const NOT_CONNECTED_TITLE = 'This Studio is not connected to a Sanity project.'

/**
 * Where a Studio with no project sends what its request handler does not answer (event
 * streams, presence): nowhere. `.invalid` is a reserved top-level domain that never
 * resolves (RFC 6761), so nothing reaches Sanity's servers with a made-up project id.
 */
export const NOT_CONNECTED_API_HOST = 'https://not-connected.invalid'

/** What every request of a not-connected Studio fails with; "Copy error details" shows it. */
export class NotConnectedError extends Error {
  constructor(environment: StudioEnvironment) {
    super(`${NOT_CONNECTED_TITLE} Set ${environment.missing.join(' and ')} to load and save content.`)
    this.name = 'NotConnectedError'
  }
}

/** Stands in for a signed-in user, so the Studio opens without asking Sanity who is signed in. */
const NOT_CONNECTED_USER: CurrentUser = {
  id: 'not-connected',
  name: 'Not connected',
  email: '',
  role: 'viewer',
  roles: [{name: 'viewer', title: 'Viewer'}],
}

/**
 * Answers the Studio's requests without a network. Only the dataset's access list gets an
 * answer, read-only: Sanity 6.16 stops at "An error occurred" when it cannot read it, while
 * every other failed request is shown where it belongs ("Could not fetch list items").
 */
function notConnectedRequestHandler(environment: StudioEnvironment): RequestHandler {
  const aclPath = `/projects/${environment.projectId}/datasets/${environment.dataset}/acl`
  return async (request) => {
    if (new URL(request.url, NOT_CONNECTED_API_HOST).pathname.endsWith(aclPath)) {
      return [{filter: '_id in path("**")', permissions: ['read']}]
    }
    throw new NotConnectedError(environment)
  }
}

/**
 * The Studio's sign-in when no project is configured.
 *
 * Left to itself, the Studio's first request is `GET /users/me` on
 * `<placeholder>.api.sanity.io`: offline it fails and the Studio stops at a "Network error:
 * Couldn't reach the Sanity servers" dialog; online the project does not exist. Either way
 * the layout, and the notice in it, is never reached. Here the Studio is signed in as a
 * placeholder viewer whose client answers without a network, so it opens, shows the desk
 * structure and the forms read-only, and says on every screen that it is not connected.
 */
export function notConnectedAuth(environment: StudioEnvironment): AuthStore {
  const client = createClient({
    projectId: environment.projectId,
    dataset: environment.dataset,
    apiVersion: '2025-02-19',
    useCdn: false,
    apiHost: NOT_CONNECTED_API_HOST,
    useProjectHostname: false,
    requestHandler: notConnectedRequestHandler(environment),
  })
  return createMockAuthStore({client, currentUser: NOT_CONNECTED_USER})
}

/** Wraps the Studio with a plain notice when no Sanity project is configured. */
export function notConnectedLayout(environment: StudioEnvironment) {
  return function NotConnectedLayout(props: LayoutProps) {
    if (environment.connected) return props.renderDefault(props)
    return (
      <Flex direction="column" height="fill">
        <Card tone="caution" padding={3} borderBottom role="status" data-testid="not-connected-notice">
          <Stack gap={2}>
            <Text size={1} weight="semibold">
              {NOT_CONNECTED_TITLE}
            </Text>
            <Text size={1}>
              You can look around, but nothing can be loaded or saved. To connect it, set{' '}
              {environment.missing.join(' and ')} and start the Studio again (see studio/README.md).
            </Text>
          </Stack>
        </Card>
        <Card flex={1}>{props.renderDefault(props)}</Card>
      </Flex>
    )
  }
}
