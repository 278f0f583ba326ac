import {BookIcon} from '@sanity/icons/Book'

/** @sanity/icons has no certificate; a book stands for a license on file. */
export const CertificateIcon = BookIcon
