import {Card, Flex, Stack, Text} from '@sanity/ui'
import type {LayoutProps} from 'sanity'

import type {StudioEnvironment} from './environment.ts'

/** Wraps the Studio with a plain notice when no Sanity project is configured. */
export function notConnectedLayout(environment: StudioEnvironment) {
  return function NotConnectedLayout(props: LayoutProps) {
    if (environment.connected) return props.renderDefault(props)
    return (
      <Flex direction="column" height="fill">
        <Card tone="caution" padding={3} borderBottom role="status">
          <Stack space={2}>
            <Text size={1} weight="semibold">
              This Studio is not connected to a Sanity project.
            </Text>
            <Text size={1}>
              Nothing you type here is saved. To connect it, set {environment.missing.join(' and ')} and start
              the Studio again (see the README).
            </Text>
          </Stack>
        </Card>
        <Card flex={1}>{props.renderDefault(props)}</Card>
      </Flex>
    )
  }
}
