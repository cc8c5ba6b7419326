"""orgdesign.io"""
