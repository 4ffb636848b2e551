/** What the engines do to local files the same way: durable writes, the trash, the folder lock, the state error. */
module dev.orchard.localfiles {
    exports dev.orchard.localfiles;
}
